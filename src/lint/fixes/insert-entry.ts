import type { Location } from '../../scenario/location.js';
import { getValue, type SourceValue } from '../../scenario/value.js';
import type { TextEdit } from '../types.js';

/** Where a new last entry of a mapping goes, and how it is indented; undefined when that is not certain. */
function lastEntryOf(object: SourceValue | undefined, file: string) {
  if (object?.kind !== 'object') return undefined;
  const last = object.entries[object.entries.length - 1];
  const end: Location | undefined = last?.value.loc;
  if (!last || last.key === '...' || !end || end.endLine === undefined || end.endColumn === undefined)
    return undefined;
  // Only entries written in this file: an object read from an imported module is edited there, not here.
  if (object.loc.file !== file || last.keyLoc.file !== file) return undefined;
  return {
    last,
    end: { line: end.endLine, column: end.endColumn },
    indent: ' '.repeat(last.keyLoc.column - 1),
  };
}

/**
 * Adds `key: value` as the last property of a JavaScript object literal (k6 `options`). Inserted right after
 * the last value, so it is valid whether or not that property had a trailing comma.
 */
export function appendJsProperty(
  object: SourceValue | undefined,
  file: string,
  key: string,
  value: string,
): TextEdit[] | undefined {
  const at = lastEntryOf(object, file);
  if (!at) return undefined;
  const multiline = object!.loc.line !== at.last.keyLoc.line;
  const text = multiline ? `,\n${at.indent}${key}: ${value}` : `, ${key}: ${value}`;
  return [{ file, start: at.end, end: at.end, text }];
}

/**
 * Adds a block (`key:` and its indented lines) as the last key of a YAML block mapping (Artillery `config`).
 * `lines` are relative to the key's indentation. Flow mappings (`{ a: 1 }`) are left alone.
 */
export function appendYamlBlock(
  mapping: SourceValue | undefined,
  file: string,
  key: string,
  lines: readonly string[],
): TextEdit[] | undefined {
  const at = lastEntryOf(mapping, file);
  if (!at || mapping!.loc.line === at.last.keyLoc.line || at.indent.length === 0) return undefined;
  // A block value ends at the start of the next line; a scalar ends on its own line.
  const line = at.end.column === 1 ? at.end.line : at.end.line + 1;
  const text = [`${key}:`, ...lines].map((l) => `${at.indent}${l}\n`).join('');
  return [{ file, start: { line, column: 1 }, end: { line, column: 1 }, text }];
}

/** The `config` mapping of an Artillery document, for fixes that add to it. */
export function artilleryConfig(document: SourceValue | undefined): SourceValue | undefined {
  return getValue(document, 'config');
}

/** Adds one `key: value` line as the last key of a YAML block mapping; flow mappings are left alone. */
export function appendYamlLine(
  mapping: SourceValue | undefined,
  file: string,
  line: string,
): TextEdit[] | undefined {
  const at = lastEntryOf(mapping, file);
  if (!at || mapping?.kind !== 'object' || at.indent.length === 0) return undefined;
  // A block mapping starts at its first key; a flow mapping (`{ a: 1 }`) at its brace, and is left alone.
  const first = mapping.entries[0]!;
  if (first.keyLoc.line !== mapping.loc.line || first.keyLoc.column !== mapping.loc.column) return undefined;
  const row = at.end.column === 1 ? at.end.line : at.end.line + 1;
  return [
    { file, start: { line: row, column: 1 }, end: { line: row, column: 1 }, text: `${at.indent}${line}\n` },
  ];
}
