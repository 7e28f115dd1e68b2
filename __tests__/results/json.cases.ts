import { describe, expect, it } from '@jest/globals';
import { locateJsonError, parseJson } from '../../src/results/json.js';
import { fixtureText } from './files.js';

function diagnosticOf(text: string): { message: string; line?: number } {
  const parsed = parseJson(text, 'r.json');
  if (parsed.ok) throw new Error('expected a diagnostic');
  expect(parsed.diagnostic.file).toBe('r.json');
  return parsed.diagnostic;
}

describe('parseJson', () => {
  it('parses a document with a byte-order mark', () => {
    expect(parseJson('\uFEFF{"a":1}', 'r.json')).toEqual({ ok: true, value: { a: 1 } });
  });

  it('says an empty or blank file is empty', () => {
    expect(diagnosticOf('').message).toMatch(/^The file is empty/);
    expect(diagnosticOf(' \n\t\n').message).toMatch(/^The file is empty/);
  });

  it('says a binary file is binary', () => {
    const d = diagnosticOf('\u0000\u0001\u0002PK\u0003\u0004 zip bytes');
    expect(d.message).toMatch(/binary, not JSON/);
  });

  it('gives the line of a truncated document and says it looks truncated', () => {
    const text = fixtureText('k6-summary-baseline.json');
    const cut = text.slice(0, Math.floor(text.length / 2));
    const d = diagnosticOf(cut);
    expect(d.line).toBe(cut.split('\n').length);
    expect(d.message).toMatch(/^Invalid JSON at line \d+, column \d+: .*The file looks truncated\.$/);
  });

  it('gives line and column of a missing comma in the middle of a file', () => {
    const d = diagnosticOf('{\n  "a": 1,\n  "b": 2\n  "c": 3\n}');
    expect(d.line).toBe(4);
    expect(d.message).toBe(
      `Invalid JSON at line 4, column 3: expected ',' or '}' after a property value, found "\\"".`,
    );
  });

  it('reports a trailing comma, a single-quoted key and garbage after the document', () => {
    expect(diagnosticOf('[1,\n2,\n]').line).toBe(3);
    expect(diagnosticOf("{'a': 1}").message).toMatch(/expected a property name in double quotes/);
    expect(diagnosticOf('{"a":1}\n{"b":2}').message).toMatch(
      /line 2, column 1: unexpected "\{" after the end/,
    );
  });

  it('survives hostile nesting without overflowing the stack', () => {
    const d = diagnosticOf('['.repeat(200_000));
    expect(d.line).toBe(1);
    expect(d.message).toMatch(/looks truncated/);
  });
});

describe('locateJsonError', () => {
  it('finds an invalid escape and a bad literal', () => {
    expect(locateJsonError('{"a":"\\x"}')).toMatchObject({ reason: 'invalid escape in string' });
    expect(locateJsonError('{"a": tru}')).toMatchObject({ offset: 6, reason: 'expected a value, found "t"' });
  });
});
