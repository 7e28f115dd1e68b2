import type { Location } from '../../scenario/location.js';
import { getEntry, type ObjectEntry, type SourceValue } from '../../scenario/value.js';
import type { TextEdit } from '../types.js';

/** A value a fix writes: rendered in the syntax of the file it goes into. */
export type PlainValue = string | number | boolean | PlainValue[] | { [key: string]: PlainValue };

/** The syntax the object was written in: a JavaScript object literal (k6) or YAML, block or flow (Artillery). */
export type Syntax = 'js' | 'yaml';

/**
 * Edits adding `entries` as the last keys of an object literal or mapping, written the way the file writes
 * it: JavaScript with its quotes, indentation and trailing commas; a YAML block mapping with its indentation;
 * a flow mapping (a JSON script) as JSON with its indentation. Undefined when the layout is not certain, or
 * when one of the keys is there already: a second key would be a duplicate, never an edit of the first.
 */
export function appendEntries(
  object: SourceValue | undefined,
  file: string,
  source: string | undefined,
  syntax: Syntax,
  entries: readonly (readonly [string, PlainValue])[],
): TextEdit[] | undefined {
  if (source === undefined || object?.kind !== 'object' || entries.length === 0) return undefined;
  if (entries.some(([key]) => getEntry(object, key) !== undefined)) return undefined;
  const at = lastEntryOf(object, file);
  if (!at) return undefined;
  const text = new SourceText(source);
  if (syntax === 'js') return appendJs(object, at, text, file, entries);
  return text.charAt(object.loc) === '{'
    ? appendFlow(object, at, text, file, entries)
    : appendBlock(object, at, text, file, entries);
}

interface LastEntry {
  last: ObjectEntry;
  /** Just past the last value (exclusive). */
  end: { line: number; column: number };
}

/** The last entry of a mapping written in this file, when its extent is known. */
function lastEntryOf(object: SourceValue & { kind: 'object' }, file: string): LastEntry | undefined {
  const last = object.entries[object.entries.length - 1];
  const end: Location | undefined = last?.value.loc;
  if (!last || last.key === '...' || !end || end.endLine === undefined || end.endColumn === undefined)
    return undefined;
  // Only entries written in this file: an object read from an imported module is edited there, not here.
  if (object.loc.file !== file || last.keyLoc.file !== file || end.file !== file) return undefined;
  return { last, end: { line: end.endLine, column: end.endColumn } };
}

/** Line-and-column access to a file's text, for edits that follow its layout. */
class SourceText {
  readonly lines: string[];
  constructor(readonly text: string) {
    this.lines = text.split(/\r?\n/);
  }
  line(n: number): string {
    return this.lines[n - 1] ?? '';
  }
  charAt(loc: { line: number; column: number }): string | undefined {
    return this.line(loc.line)[loc.column - 1];
  }
  indentOf(n: number): string {
    return /^[ \t]*/.exec(this.line(n))![0];
  }
}

/** The indentation one level deeper than `outer`, as the file nests its entries. */
function unitOf(outer: string, inner: string): string {
  if (inner.length > outer.length && inner.startsWith(outer)) return inner.slice(outer.length);
  return inner.includes('\t') ? '\t' : '  ';
}

// ---- JavaScript (k6 options) ----

function appendJs(
  object: SourceValue & { kind: 'object' },
  at: LastEntry,
  text: SourceText,
  file: string,
  entries: readonly (readonly [string, PlainValue])[],
): TextEdit[] | undefined {
  const quote = quoteOf(object, text);
  const rest = text.line(at.end.line).slice(at.end.column - 1);
  if (object.loc.line === at.last.keyLoc.line) {
    // One line: `{ vus: 10, duration: '1m' }` gets `, thresholds: { ... }` after its last value.
    const inline = entries.map(([k, v]) => `${jsKey(k, quote)}: ${jsInline(v, quote)}`).join(', ');
    return [insertAt(file, at.end, `, ${inline}`)];
  }
  const indent = text.indentOf(at.last.keyLoc.line);
  if (at.last.keyLoc.column - 1 !== indent.length) return undefined; // not one entry per line
  const unit = unitOf(text.indentOf(object.loc.line), indent);
  // The file's trailing-comma habit decides the commas inside what is added, too.
  const trailing = /^\s*,\s*(\/\/.*)?$/.test(rest);
  const lineComment = /^\s*\/\/.*$/.test(rest);
  const block = entries
    .map(([k, v]) => `${indent}${jsKey(k, quote)}: ${jsBlock(v, quote, indent, unit, trailing)}`)
    .join(',\n');
  const lineEnd = { line: at.end.line, column: text.line(at.end.line).length + 1 };
  if (trailing) return [insertAt(file, lineEnd, `\n${block},`)];
  if (lineComment) return [insertAt(file, at.end, ','), insertAt(file, lineEnd, `\n${block}`)];
  if (rest.trim() !== '' && !/^\s*}/.test(rest)) return undefined;
  return [insertAt(file, at.end, `,\n${block}`)];
}

/** The quote the file's own strings use: the first string value of the object, else single quotes. */
function quoteOf(object: SourceValue, text: SourceText): string {
  const first = firstString(object);
  const q = first ? text.charAt(first.loc) : undefined;
  return q === '"' ? '"' : "'";
}

function firstString(value: SourceValue): SourceValue | undefined {
  if (value.kind === 'string') return value;
  const children =
    value.kind === 'object' ? value.entries.map((e) => e.value) : value.kind === 'array' ? value.items : [];
  for (const child of children) {
    const found = firstString(child);
    if (found) return found;
  }
  return undefined;
}

function jsKey(key: string, quote: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(key) ? key : jsString(key, quote);
}

function jsString(value: string, quote: string): string {
  return quote + value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`) + quote;
}

function jsInline(value: PlainValue, quote: string): string {
  if (typeof value === 'string') return jsString(value, quote);
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => jsInline(v, quote)).join(', ')}]`;
  const inner = Object.entries(value)
    .map(([k, v]) => `${jsKey(k, quote)}: ${jsInline(v, quote)}`)
    .join(', ');
  // An empty object is written `{}`, as formatters write it.
  return inner ? `{ ${inner} }` : '{}';
}

/** An object one key per line (as the options around it); arrays and deeper values on one line. */
function jsBlock(value: PlainValue, quote: string, indent: string, unit: string, trailing: boolean): string {
  if (typeof value !== 'object' || Array.isArray(value)) return jsInline(value, quote);
  const inner = Object.entries(value).map(
    ([k, v]) => `${indent}${unit}${jsKey(k, quote)}: ${jsInline(v, quote)}`,
  );
  return `{\n${inner.join(',\n')}${trailing ? ',' : ''}\n${indent}}`;
}

// ---- YAML block mappings (Artillery config) ----

function appendBlock(
  object: SourceValue & { kind: 'object' },
  at: LastEntry,
  text: SourceText,
  file: string,
  entries: readonly (readonly [string, PlainValue])[],
): TextEdit[] | undefined {
  const indent = text.indentOf(at.last.keyLoc.line);
  // A block mapping starts at its first key; one written in a sequence item (`- a: 1`) is left alone below.
  if (indent.length === 0) return undefined;
  if (at.last.keyLoc.column - 1 !== indent.length || indent.includes('\t')) return undefined;
  const lines = entries.flatMap(([k, v]) => yamlEntry(k, v, indent, yamlUnit(text)));
  // A block value ends at the start of the next line; a scalar ends on its own line.
  const line = at.end.column === 1 ? at.end.line : at.end.line + 1;
  const atEnd = line > text.lines.length || (line === text.lines.length && text.line(line) === '');
  const lead = atEnd && !text.text.endsWith('\n') ? '\n' : '';
  const insertLine = Math.min(line, text.lines.length + 1);
  return [insertAt(file, { line: insertLine, column: 1 }, lead + lines.map((l) => `${l}\n`).join(''))];
}

/** A block mapping's location starts at its first key, so one level is read off the file: its least indentation. */
function yamlUnit(text: SourceText): string {
  let unit: number | undefined;
  for (const line of text.lines) {
    const n = /^ */.exec(line)![0].length;
    if (n > 0 && n < line.length && line[n] !== '#' && (unit === undefined || n < unit)) unit = n;
  }
  return ' '.repeat(unit ?? 2);
}

function yamlEntry(key: string, value: PlainValue, indent: string, unit: string): string[] {
  if (typeof value !== 'object') return [`${indent}${yamlKey(key)}: ${yamlScalar(value)}`];
  if (Array.isArray(value)) {
    return [`${indent}${yamlKey(key)}:`, ...value.flatMap((item) => yamlItem(item, indent + unit, unit))];
  }
  // An empty mapping stays a mapping (`expect: {}` enables a plugin; a bare `expect:` would be null).
  if (Object.keys(value).length === 0) return [`${indent}${yamlKey(key)}: {}`];
  return [
    `${indent}${yamlKey(key)}:`,
    ...Object.entries(value).flatMap(([k, v]) => yamlEntry(k, v, indent + unit, unit)),
  ];
}

function yamlItem(value: PlainValue, indent: string, unit: string): string[] {
  if (typeof value !== 'object') return [`${indent}- ${yamlScalar(value)}`];
  if (Array.isArray(value)) return [`${indent}- ${JSON.stringify(value)}`];
  const [first, ...rest] = Object.entries(value).flatMap(([k, v]) => yamlEntry(k, v, indent + '  ', unit));
  return first === undefined ? [`${indent}- {}`] : [`${indent}- ${first.trimStart()}`, ...rest];
}

function yamlKey(key: string): string {
  return /^[A-Za-z_][\w.-]*$/.test(key) ? key : JSON.stringify(key);
}

function yamlScalar(value: string | number | boolean): string {
  return typeof value === 'string' && !/^[A-Za-z_/][\w./ -]*$/.test(value)
    ? JSON.stringify(value)
    : String(value);
}

// ---- Flow mappings (a JSON Artillery script) ----

function appendFlow(
  object: SourceValue & { kind: 'object' },
  at: LastEntry,
  text: SourceText,
  file: string,
  entries: readonly (readonly [string, PlainValue])[],
): TextEdit[] | undefined {
  // `{ "a": 1 }` or `{"a": 1}`: what the file writes more often.
  const pad = (text.text.match(/\{ "/g) ?? []).length > (text.text.match(/\{"/g) ?? []).length;
  const jsonInline = (v: PlainValue) => jsonText(v, pad);
  if (object.loc.line === at.last.keyLoc.line) {
    const inline = entries.map(([k, v]) => `${JSON.stringify(k)}: ${jsonInline(v)}`).join(', ');
    return [insertAt(file, at.end, `, ${inline}`)];
  }
  const indent = text.indentOf(at.last.keyLoc.line);
  if (at.last.keyLoc.column - 1 !== indent.length) return undefined;
  const unit = unitOf(text.indentOf(object.loc.line), indent);
  const block = entries.map(([k, v]) => {
    if (typeof v !== 'object' || Array.isArray(v)) return `${indent}${JSON.stringify(k)}: ${jsonInline(v)}`;
    const inner = Object.entries(v).map(
      ([ik, iv]) => `${indent}${unit}${JSON.stringify(ik)}: ${jsonInline(iv)}`,
    );
    return `${indent}${JSON.stringify(k)}: {\n${inner.join(',\n')}\n${indent}}`;
  });
  return [insertAt(file, at.end, `,\n${block.join(',\n')}`)];
}

function jsonText(value: PlainValue, pad: boolean): string {
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map((v) => jsonText(v, pad)).join(', ')}]`;
  const inner = Object.entries(value)
    .map(([k, v]) => `${JSON.stringify(k)}: ${jsonText(v, pad)}`)
    .join(', ');
  return pad && inner ? `{ ${inner} }` : `{${inner}}`;
}

function insertAt(file: string, at: { line: number; column: number }, text: string): TextEdit {
  return { file, start: at, end: at, text };
}
