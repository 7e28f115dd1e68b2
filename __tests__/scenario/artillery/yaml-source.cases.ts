import { describe, expect, it } from '@jest/globals';
import { parseYamlSource } from '../../../src/scenario/yaml-source.js';
import { getPath, type SourceValue } from '../../../src/scenario/value.js';

// The shared YAML reader (src/scenario/yaml-source.ts); tested here because the Artillery adapter owns it.
describe('parseYamlSource', () => {
  it('gives 1-based start and exclusive end positions for keys and values', () => {
    const { value, diagnostics } = parseYamlSource('a:\n  bb: "x y"\n  c: [1, 2]\n', 'f.yml');
    expect(diagnostics).toEqual([]);
    const a = value?.kind === 'object' ? value.entries[0] : undefined;
    expect(a?.keyLoc).toEqual({ file: 'f.yml', line: 1, column: 1, endLine: 1, endColumn: 2 });
    const bb = a?.value.kind === 'object' ? a.value.entries[0] : undefined;
    expect(bb?.keyLoc).toMatchObject({ line: 2, column: 3, endColumn: 5 });
    expect(bb?.value).toMatchObject({
      kind: 'string',
      value: 'x y',
      loc: { line: 2, column: 7, endLine: 2, endColumn: 12 },
    });
    expect(getPath(value, ['a', 'c'])).toMatchObject({
      kind: 'array',
      loc: { line: 3, column: 6, endColumn: 12 },
    });
  });

  it('reads scalars as YAML 1.2 core types', () => {
    const { value } = parseYamlSource('s: yes\nn: 1.5\nh: 0x1F\nb: true\nz: ~\nq: "1"\n', 'f.yml');
    const kinds =
      value?.kind === 'object'
        ? value.entries.map((e) => [e.key, e.value.kind, 'value' in e.value ? e.value.value : null])
        : [];
    expect(kinds).toEqual([
      ['s', 'string', 'yes'],
      ['n', 'number', 1.5],
      ['h', 'number', 31],
      ['b', 'boolean', true],
      ['z', 'null', null],
      ['q', 'string', '1'],
    ]);
  });

  it('marks templates when a pattern is given', () => {
    const { value } = parseYamlSource('a: "{{ x }}"\nb: plain\n', 'f.yml', { templatePattern: /\{\{/ });
    expect(getPath(value, ['a'])).toMatchObject({ template: true });
    expect(getPath(value, ['b'])).not.toHaveProperty('template');
  });

  it('resolves merges: explicit keys win wherever they are written, the first merge source wins over later ones', () => {
    const text =
      'a: &a { k: a, only_a: 1 }\nb: &b { k: b, only_b: 2 }\nc:\n  k: own\n  <<: [*a, *b]\nd:\n  <<: [*a, *b]\n';
    const { value } = parseYamlSource(text, 'f.yml');
    const plain = (v: SourceValue | undefined) =>
      v?.kind === 'object'
        ? v.entries.map((e) => `${e.key}=${'value' in e.value ? e.value.value : e.value.kind}`)
        : [];
    expect(plain(getPath(value, ['c']))).toEqual(['only_b=2', 'only_a=1', 'k=own']);
    expect(getPath(value, ['d', 'k'])).toMatchObject({ value: 'a', loc: { line: 1 } });
    // A quoted "<<" is an ordinary key.
    expect(getPath(parseYamlSource('x:\n  "<<": 1\n', 'f.yml').value, ['x', '<<'])).toMatchObject({
      value: 1,
    });
  });

  it('reads an anchor reused many times in full (the alias budget is for bombs, not for reuse)', () => {
    const uses = Array.from({ length: 200 }, (_, i) => `  - get: { url: /r${i}, headers: *h }`).join('\n');
    const text = `h: &h { a: 1, b: 2, c: 3, d: 4, e: [1, 2, 3] }\nflow:\n${uses}\n`;
    const { value, diagnostics } = parseYamlSource(text, 'f.yml');
    expect(diagnostics).toEqual([]);
    const flow = getPath(value, ['flow']);
    expect(flow?.kind === 'array' && flow.items).toHaveLength(200);
  });

  it('turns a self-referencing alias into an unknown value instead of recursing', () => {
    const { value, diagnostics } = parseYamlSource('a: &a\n  self: *a\n', 'f.yml');
    expect(diagnostics).toEqual([]);
    expect(getPath(value, ['a', 'self'])).toMatchObject({
      kind: 'unknown',
      reason: expect.stringContaining('itself'),
    });
  });

  it('collects comments from the syntax tree: not inside quoted strings or block scalars', () => {
    const text = '# top\na: "# no" # yes\nb: |\n  # inside a block scalar\n  text\nc: [1, # flow\n  2]\n';
    expect(parseYamlSource(text, 'f.yml').comments).toEqual([
      { line: 1, text: 'top' },
      { line: 2, text: 'yes' },
      { line: 6, text: 'flow' },
    ]);
  });

  it('reports syntax errors with line and column and returns no value', () => {
    const result = parseYamlSource('a: 1\nb: [1, 2\nc: 3\n', 'f.yml');
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({
      file: 'f.yml',
      severity: 'error',
      line: expect.any(Number),
      column: expect.any(Number),
    });
    expect(result.diagnostics[0]?.message).toMatch(/^YAML: /);
  });

  it('reports warnings (unresolved tags) and keeps the value', () => {
    const result = parseYamlSource('a: !include other.yml\n', 'f.yml');
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', line: 1, column: 4 }),
    ]);
    expect(getPath(result.value, ['a'])).toMatchObject({ value: 'other.yml' });
  });

  it('reads the first of several documents and says so', () => {
    const result = parseYamlSource('a: 1\n---\nb: 2\n', 'f.yml');
    expect(getPath(result.value, ['a'])).toMatchObject({ value: 1 });
    expect(result.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'warning',
        line: 2,
        message: expect.stringContaining('2 YAML documents'),
      }),
    ]);
  });

  it('reads JSON (with CRLF line ends) through the same parser', () => {
    const result = parseYamlSource('{\r\n  "a": {\r\n    "b": [1, "x"]\r\n  }\r\n}\r\n', 'f.json');
    expect(getPath(result.value, ['a', 'b'])).toMatchObject({ kind: 'array', loc: { line: 3, column: 10 } });
  });

  it('reports duplicate keys as warnings; the last value wins', () => {
    const result = parseYamlSource('a: 1\na: 2\n', 'f.yml');
    expect(getPath(result.value, ['a'])).toMatchObject({ value: 2 });
    expect(result.value?.kind === 'object' && result.value.entries).toHaveLength(1);
    expect(result.diagnostics).toEqual([expect.objectContaining({ severity: 'warning', line: 2 })]);
  });

  it('treats an empty or comment-only text as empty, with its comments', () => {
    const empty = parseYamlSource('', 'f.yml');
    expect(empty).toMatchObject({ empty: true, diagnostics: [] });
    expect(empty.value).toBeUndefined();
    expect(parseYamlSource('# only\n', 'f.yml')).toMatchObject({
      empty: true,
      comments: [{ line: 1, text: 'only' }],
    });
  });
});
