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

/** Most files with errors have one cause; a long list only repeats it. */
const MAX_SYNTAX_DIAGNOSTICS = 5;

/**
 * Parses a module without running it. Babel's error recovery lets us report every syntax error at once;
 * a file with any error yields no Scenario, since facts read from a broken tree could be wrong.
 */
export function parseModule(text: string, file: string): ParsedModule {
  // Older scripts import JSON with `assert { type: 'json' }`; accepting it costs nothing.
  const plugins: ParserPlugin[] = ['deprecatedImportAssert'];
  if (isTypeScriptFile(file)) plugins.push('typescript');
  try {
    const ast = parse(text, {
      sourceType: 'module',
      sourceFilename: file,
      plugins,
      errorRecovery: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      allowImportExportEverywhere: false,
      attachComment: false,
    });
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
        diagnostics: [{ file, severity: 'error', message: 'is nested too deeply to analyse statically' }],
      };
    }
    return { ok: false, comments: [], diagnostics: [errorDiagnostic(file, error as BabelError)] };
  }
}
