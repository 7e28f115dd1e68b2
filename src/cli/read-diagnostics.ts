import type { ReadDiagnostic } from '../results/model.js';
import { terminalText } from '../report/escape.js';

/**
 * Problems reading result or run files, one stderr line each (`loadgate: FILE:LINE: error MESSAGE`), as the
 * commands that read runs (`ingest`, `history append`, `report`) print them. Paths and messages come from the
 * files, so they are made safe for a terminal and bounded.
 */
export function readDiagnosticLines(diagnostics: readonly ReadDiagnostic[]): string {
  return diagnostics
    .map((d) => {
      const where = `${terminalText(d.file, { maxLength: 200 })}${d.line ? `:${d.line}` : ''}`;
      return `loadgate: ${where}: ${d.severity ?? 'error'} ${terminalText(d.message, { maxLength: 2000 })}\n`;
    })
    .join('');
}
