import type * as t from '@babel/types';
import type { OptionsSlot } from '../model.js';
import type { ModuleInfo } from './scope.js';

/**
 * Where `export const options = …` would go in a script that exports no options: after the last import
 * (on the line after it, unless code follows on the same line), else before the first statement. None when
 * the file may export `options` in a way this reading does not list (`export *`, CommonJS `module.exports`)
 * or already declares a name `options` that a new declaration would clash with.
 */
export function optionsSlot(module: ModuleInfo, exportsComplete: boolean): OptionsSlot {
  if (!exportsComplete)
    return {
      reason:
        'the script exports names this reading cannot list (export * or module.exports), so it may have options already; add thresholds to them by hand',
    };
  if (module.scope.bindings.has('options'))
    return {
      reason: 'the script declares options without exporting them; export them and add thresholds there',
    };
  const body = module.program.body;
  const imports = body.filter((s): s is t.ImportDeclaration => s.type === 'ImportDeclaration');
  const last = imports[imports.length - 1];
  const quote = quoteOf(last?.source, module.text);
  if (last?.loc) {
    const end = last.loc.end;
    const rest = module.text.split(/\r?\n/)[end.line - 1]?.slice(end.column) ?? '';
    const lineEnd = /^\s*(\/\/.*)?$/.test(rest);
    return {
      at: { line: end.line, column: lineEnd ? end.column + 1 + rest.length : end.column + 1 },
      after: true,
      quote,
      semicolon: module.text
        .slice(last.start ?? 0, last.end ?? 0)
        .trimEnd()
        .endsWith(';'),
    };
  }
  const first = body[0];
  if (!first?.loc) return { reason: 'the script has no code to place options in' };
  return {
    at: { line: first.loc.start.line, column: 1 },
    after: false,
    quote,
    semicolon: module.text
      .slice(first.start ?? 0, first.end ?? 0)
      .trimEnd()
      .endsWith(';'),
  };
}

/** The quote the script's imports use. */
function quoteOf(source: t.StringLiteral | undefined, text: string): "'" | '"' {
  const q = source?.start !== undefined && source.start !== null ? text[source.start] : undefined;
  return q === '"' ? '"' : "'";
}
