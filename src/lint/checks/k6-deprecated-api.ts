import type { Location } from '../../scenario/location.js';
import type { Scenario } from '../../scenario/model.js';
import { getEntry, getValue, hasUnknownEntries, isSourceValue } from '../../scenario/value.js';
import type { CheckFunction, TextEdit } from '../types.js';

interface Replacement {
  module: string;
  /** The new module has the same API, so changing the import is the whole migration. */
  rename: boolean;
}

/** Experimental modules that graduated, and what replaces them (k6 release notes and migration guides). */
const DEPRECATED_MODULES: ReadonlyMap<string, Replacement> = new Map([
  // k6 v0.52: most browser APIs became async; the experimental import was supported until September 2024.
  ['k6/experimental/browser', { module: 'k6/browser', rename: false }],
  ['k6/experimental/websockets', { module: 'k6/websockets', rename: true }],
  ['k6/experimental/timers', { module: 'k6/timers', rename: true }],
  ['k6/experimental/grpc', { module: 'k6/net/grpc', rename: true }],
]);

/** Replaces the text between the quotes of a string literal. */
function replaceInside(loc: Location, text: string): TextEdit[] | undefined {
  if (loc.endLine !== loc.line || loc.endColumn === undefined) return undefined;
  return [
    {
      file: loc.file,
      start: { line: loc.line, column: loc.column + 1 },
      end: { line: loc.line, column: loc.endColumn - 1 },
      text,
    },
  ];
}

function endOf(loc: Location): { line: number; column: number } | undefined {
  return loc.endLine !== undefined && loc.endColumn !== undefined
    ? { line: loc.endLine, column: loc.endColumn }
    : undefined;
}

/**
 * `ext: { loadimpact: X }` becomes `cloud: X` when `ext` holds nothing else and `cloud` is not set: two edits
 * around X, so X itself (with its comments) is kept as written.
 */
function loadimpactEdits(scenario: Scenario): TextEdit[] | undefined {
  const native = scenario.native;
  const ext = getEntry(native, 'ext');
  if (!ext || ext.value.kind !== 'object' || getEntry(native, 'cloud') !== undefined) return undefined;
  if (hasUnknownEntries(ext.value) || ext.value.entries.length !== 1) return undefined;
  const loadimpact = ext.value.entries[0]!;
  if (loadimpact.key !== 'loadimpact') return undefined;
  const file = scenario.file;
  if (ext.keyLoc.file !== file || loadimpact.value.loc.file !== file || ext.value.loc.file !== file)
    return undefined;
  const valueEnd = endOf(loadimpact.value.loc);
  const extEnd = endOf(ext.value.loc);
  if (!valueEnd || !extEnd) return undefined;
  return [
    {
      file,
      start: { line: ext.keyLoc.line, column: ext.keyLoc.column },
      end: { line: loadimpact.value.loc.line, column: loadimpact.value.loc.column },
      text: 'cloud: ',
    },
    { file, start: valueEnd, end: extEnd, text: '' },
  ];
}

/**
 * APIs k6 deprecated, with their replacement: experimental modules that graduated (the experimental import
 * is removed some releases later, and the script then stops at start-up) and `options.ext.loadimpact`, which
 * `options.cloud` replaced. Only imports written in this file are reported; a helper is linted on its own.
 */
export const check: CheckFunction = {
  name: 'k6-deprecated-api',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    for (const ref of scenario.imports ?? []) {
      const replacement = DEPRECATED_MODULES.get(ref.specifier);
      if (!replacement || ref.loc.file !== scenario.file) continue;
      const edits = replacement.rename ? replaceInside(ref.loc, replacement.module) : undefined;
      ctx.report({
        loc: ref.loc,
        messageId: replacement.rename ? 'module' : 'browser',
        data: { module: ref.specifier, replacement: replacement.module },
        ...(edits ? { edits } : {}),
      });
    }
    const loadimpact = getEntry(getValue(scenario.native, 'ext'), 'loadimpact');
    if (loadimpact && loadimpact.keyLoc.file === scenario.file) {
      const edits = loadimpactEdits(scenario);
      ctx.report({ loc: loadimpact.keyLoc, messageId: 'loadimpact', ...(edits ? { edits } : {}) });
    }
  },
};
