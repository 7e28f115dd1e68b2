import { parse, type ParserPlugin } from '@babel/parser';
import type * as t from '@babel/types';
import type { Diagnostic, SourceComment } from '../model.js';

export type ParsedModule =
  | { ok: true; program: t.Program; comments: SourceComment[] }
  | { ok: false; diagnostics: Diagnostic[]; comments: SourceComment[] };

/** k6 runs TypeScript files as well as JavaScript; only those get the TypeScript grammar. */
export function isTypeScriptFile(file: string): boolean {
  return /\.(?:ts|mts|cts)$/i.test(file);
}

interface BabelError {
  message?: string;
  loc?: { line: number; column: number };
}

/** Babel appends "(line:column)" to its messages; we report the position separately. */
function cleanMessage(message: string): string {
  return message.replace(/\s*\(\d+:\d+\)\s*$/, '');
}

function errorDiagnostic(file: string, error: BabelError): Diagnostic {
  const diagnostic: Diagnostic = {
    file,
    severity: 'error',
    message: `syntax error: ${cleanMessage(error.message ?? 'could not parse')}`,
  };
  if (error.loc) {
    diagnostic.line = error.loc.line;
    diagnostic.column = error.loc.column + 1;
  }
  return diagnostic;
}

/**
 * Most files with errors have one cause, and what Babel's recovery reports after the first error is often
 * its consequence: the first is the one line to fix.
 */
const MAX_SYNTAX_DIAGNOSTICS = 1;

/** Files up to this size are searched for the line where nesting overflows the parser (a few parses). */
const OVERFLOW_SEARCH_CHARS = 256 * 1024;

/**
 * Parses a module without running it. Babel's error recovery lets us report every syntax error at once;
 * a file with any error yields no Scenario, since facts read from a broken tree could be wrong.
 */
function babelParse(text: string, file: string) {
  // Older scripts import JSON with `assert { type: 'json' }`; accepting it costs nothing.
  const plugins: ParserPlugin[] = ['deprecatedImportAssert'];
  if (isTypeScriptFile(file)) plugins.push('typescript');
  return parse(text, {
    sourceType: 'module',
    sourceFilename: file,
    plugins,
    errorRecovery: true,
    allowReturnOutsideFunction: true,
    allowAwaitOutsideFunction: true,
    allowImportExportEverywhere: false,
    attachComment: false,
  });
}

/**
 * The line where the text nests too deeply for the parser: the end of the longest start of the text that
 * still parses without exhausting the stack (a binary search; recovery turns the cut into a syntax error).
 */
function overflowLine(text: string, file: string): number {
  if (text.length > OVERFLOW_SEARCH_CHARS) return 1;
  let fits = 0;
  let overflows = text.length;
  while (overflows - fits > 1) {
    const middle = Math.floor((fits + overflows) / 2);
    try {
      babelParse(text.slice(0, middle), file);
      fits = middle;
    } catch (error) {
      if (error instanceof RangeError) overflows = middle;
      else fits = middle;
    }
  }
  return text.slice(0, overflows).split(/\r\n|\r|\n/).length;
}

export function parseModule(text: string, file: string): ParsedModule {
  try {
    const ast = babelParse(text, file);
    const comments: SourceComment[] = (ast.comments ?? []).map((c) => ({
      line: c.loc?.start.line ?? 1,
      text: c.value.trim(),
    }));
    const errors = (ast as unknown as { errors?: BabelError[] }).errors ?? [];
    if (errors.length > 0) {
      return {
        ok: false,
        comments,
        diagnostics: errors.slice(0, MAX_SYNTAX_DIAGNOSTICS).map((e) => errorDiagnostic(file, e)),
      };
    }
    return { ok: true, program: ast.program, comments };
  } catch (error) {
    if (error instanceof RangeError) {
      return {
        ok: false,
        comments: [],
        diagnostics: [
          {
            file,
            severity: 'error',
            line: overflowLine(text, file),
            message: 'is nested too deeply to analyse statically',
          },
        ],
      };
    }
    return { ok: false, comments: [], diagnostics: [errorDiagnostic(file, error as BabelError)] };
  }
}
