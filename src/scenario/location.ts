/** A place in a source file. Lines and columns are 1-based, as editors and GitHub show them. */
export interface Location {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export function locationAt(file: string, line: number, column: number): Location {
  return { file, line, column };
}
