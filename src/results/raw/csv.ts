/**
 * RFC 4180 records from lines: a quoted field may hold the delimiter, doubled quotes and newlines (a JMeter
 * `responseMessage` with a stack trace, a Locust traceback). Lines without a quote take a plain split, which
 * is nearly every line of a JTL; only quoted ones go through the state machine.
 */
export class CsvRecords {
  private pending: string | undefined;
  private pendingLine = 0;
  private pendingQuotes = 0;

  constructor(readonly delimiter: string = ',') {}

  /** The fields of the record this line completes (and the line it started on), or undefined while a quote is open. */
  push(line: string, lineNo: number): { fields: string[]; line: number } | undefined {
    if (this.pending === undefined) {
      if (line.indexOf('"') < 0) return { fields: line.split(this.delimiter), line: lineNo };
      const quotes = countQuotes(line);
      if (quotes % 2 === 0) return { fields: splitQuoted(line, this.delimiter), line: lineNo };
      this.pending = line;
      this.pendingLine = lineNo;
      this.pendingQuotes = quotes;
      return undefined;
    }
    this.pending += `\n${line}`;
    this.pendingQuotes += countQuotes(line);
    if (this.pendingQuotes % 2 !== 0) return undefined;
    const record = { fields: splitQuoted(this.pending, this.delimiter), line: this.pendingLine };
    this.pending = undefined;
    return record;
  }

  /** Whether a quoted field is open (the next line continues a record). */
  get open(): boolean {
    return this.pending !== undefined;
  }

  /** The line where a quoted field opened and never closed, if the input ended inside one. */
  get unterminated(): number | undefined {
    return this.pending === undefined ? undefined : this.pendingLine;
  }
}

function countQuotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i >= 0; i = s.indexOf('"', i + 1)) n++;
  return n;
}

export function splitQuoted(text: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += c;
    } else if (c === '"') quoted = true;
    else if (text.startsWith(delimiter, i)) {
      fields.push(field);
      field = '';
      i += delimiter.length;
      continue;
    } else field += c;
    i++;
  }
  fields.push(field);
  return fields;
}
