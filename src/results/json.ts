import type { ReadDiagnostic } from './model.js';

/** A plain JSON object as `JSON.parse` returns it. */
export type JsonObject = Record<string, unknown>;

export type ParsedJson = { ok: true; value: unknown } | { ok: false; diagnostic: ReadDiagnostic };

/**
 * Parses a whole result document. Never throws: an empty, binary or malformed file becomes one diagnostic with
 * the line of the first syntax error. V8's own messages are not used for the position because Node 20 drops
 * it from most of them ("Unexpected token '}', … is not valid JSON").
 */
export function parseJson(text: string, file: string): ParsedJson {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() === '') {
    return fail(file, 'The file is empty.');
  }
  if (looksBinary(body)) {
    return fail(file, 'The file is binary, not JSON.', 1);
  }
  try {
    return { ok: true, value: JSON.parse(body) as unknown };
  } catch {
    const error = locateJsonError(body);
    const { line, column } = lineColumn(body, error.offset);
    const truncated = error.offset >= body.trimEnd().length ? ' The file looks truncated.' : '';
    return fail(file, `Invalid JSON at line ${line}, column ${column}: ${error.reason}.${truncated}`, line);
  }
}

function fail(file: string, message: string, line?: number): ParsedJson {
  return { ok: false, diagnostic: line === undefined ? { file, message } : { file, message, line } };
}

/** NUL or many C0 control characters in the first kilobyte: a result file is never like that. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 1024);
  let control = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) control++;
  }
  return control > 8;
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}

interface JsonError {
  offset: number;
  reason: string;
}

/**
 * Walks the text as a JSON grammar (no values built, explicit stack so hostile nesting cannot overflow) and
 * returns where and why it first stops being JSON. Only called after `JSON.parse` has failed.
 */
export function locateJsonError(text: string): JsonError {
  type Frame = 'object' | 'array';
  const stack: Frame[] = [];
  let i = 0;
  const n = text.length;
  const skipWs = (): void => {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i++;
      else break;
    }
  };
  const at = (): string => (i < n ? JSON.stringify(text[i]) : 'end of input');
  const err = (expected: string): JsonError => ({ offset: i, reason: `expected ${expected}, found ${at()}` });

  const scanString = (): JsonError | undefined => {
    i++; // opening quote
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 34) {
        i++;
        return undefined;
      }
      if (c === 92) {
        const next = text[i + 1];
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
            i += 2;
            return { offset: i, reason: 'invalid \\u escape in string' };
          }
          i += 6;
        } else if (next !== undefined && '"\\/bfnrt'.includes(next)) i += 2;
        else {
          i++;
          return { offset: i, reason: 'invalid escape in string' };
        }
      } else if (c < 32) return { offset: i, reason: 'control character inside a string' };
      else i++;
    }
    return { offset: i, reason: 'unterminated string' };
  };

  const scanNumber = (): JsonError | undefined => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m || m[0] === '' || m[0] === '-') return err('a value');
    i += m[0].length;
    return undefined;
  };

  /** Scans one value; pushes a frame for containers and returns after the opening bracket. */
  const scanValue = (): JsonError | undefined => {
    skipWs();
    const ch = text[i];
    if (ch === '{' || ch === '[') {
      stack.push(ch === '{' ? 'object' : 'array');
      i++;
      return undefined;
    }
    if (ch === '"') return scanString();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return undefined;
      }
    }
    if (ch === '-' || (ch !== undefined && ch >= '0' && ch <= '9')) return scanNumber();
    return err('a value');
  };

  // Each loop turn: we are right after a value, or right after an opening bracket.
  let e = scanValue();
  if (e) return e;
  let justOpened = stack.length > 0;
  while (stack.length > 0) {
    const top = stack[stack.length - 1];
    skipWs();
    if (top === 'object') {
      if (justOpened && text[i] === '}') {
        i++;
        stack.pop();
        justOpened = false;
        continue;
      }
      if (!justOpened) {
        if (text[i] === '}') {
          i++;
          stack.pop();
          continue;
        }
        if (text[i] !== ',') return err("',' or '}' after a property value");
        i++;
        skipWs();
      }
      if (text[i] !== '"') return err('a property name in double quotes');
      e = scanString();
      if (e) return e;
      skipWs();
      if (text[i] !== ':') return err("':' after a property name");
      i++;
    } else {
      if (justOpened && text[i] === ']') {
        i++;
        stack.pop();
        justOpened = false;
        continue;
      }
      if (!justOpened) {
        if (text[i] === ']') {
          i++;
          stack.pop();
          continue;
        }
        if (text[i] !== ',') return err("',' or ']' after an array element");
        i++;
      }
    }
    const depth = stack.length;
    e = scanValue();
    if (e) return e;
    justOpened = stack.length > depth;
  }
  skipWs();
  if (i < n) return { offset: i, reason: `unexpected ${at()} after the end of the JSON document` };
  // JSON.parse failed but the grammar walk did not: report the end rather than inventing a position.
  return { offset: n, reason: 'the document is not valid JSON' };
}

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A finite number, or undefined: NaN, strings and nulls never become 0. */
export function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** The finite-number members of an object; everything else (null percentiles, strings) is dropped. */
export function numericEntries(value: JsonObject): Record<string, number> {
  const out: [string, number][] = [];
  for (const [k, v] of Object.entries(value)) {
    const n = finite(v);
    if (n !== undefined) out.push([k, n]);
  }
  return Object.fromEntries(out);
}

/** What a value is, for "expected an object, found an array" messages. */
export function describeJsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'a string';
  if (typeof value === 'number') return 'a number';
  return `a ${typeof value}`;
}

/** Top-level keys for "found keys a, b, c" messages, capped so a hostile file cannot flood the report. */
export function listKeys(value: unknown, max = 6): string {
  if (!isObject(value)) return describeJsonType(value);
  const keys = Object.keys(value);
  if (keys.length === 0) return 'an empty object';
  const shown = keys.slice(0, max).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}…` : k));
  return `keys ${shown.join(', ')}${keys.length > max ? ` and ${keys.length - max} more` : ''}`;
}
