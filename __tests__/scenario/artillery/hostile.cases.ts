import { describe, expect, it } from '@jest/globals';
import { artilleryAdapter } from '../../../src/scenario/artillery/adapter.js';
import { parseYamlSource } from '../../../src/scenario/yaml-source.js';
import { parse } from './helpers.js';

/** Inputs an attacker or an accident can put in a pull request: each must end as a diagnostic (their cost is
 * measured by `npm run bench`, not here). */
describe('hostile input', () => {
  it('an empty file: a warning, no scenario', () => {
    expect(parse('')).toEqual({
      diagnostics: [expect.objectContaining({ severity: 'warning', line: 1 })],
      comments: [],
    });
    expect(artilleryAdapter.sniff('', 'a.yml')).toBe(false);
  });

  it('a binary file: an error, no scenario, not sniffed', () => {
    const binary = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    const result = parse(binary, 'blob.yml');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('binary') }),
    ]);
    expect(artilleryAdapter.sniff(binary, 'blob.yml')).toBe(false);
  });

  it('a 10 MB YAML file is claimed by its head and refused before parsing, saying why', () => {
    const line = '  - get: { url: /x }\n';
    const huge =
      'config:\n  target: http://x\nscenarios:\n  - flow:\n' +
      line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const result = parse(huge, 'huge.yml');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', line: 1, message: expect.stringContaining('MiB') }),
    ]);
    expect(artilleryAdapter.sniff(huge, 'huge.yml')).toBe(true);
  });

  it('a billion-laughs alias bomb is stopped by the alias budget', () => {
    const levels = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i);
      const name = String.fromCharCode(97 + i);
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const bomb = levels.join('\n') + '\nconfig:\n  target: http://x\n  phases: *i\n';
    const result = parse(bomb, 'bomb.yml');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics).toEqual([
      expect.objectContaining({ severity: 'error', message: expect.stringContaining('alias') }),
    ]);
  });

  it('deep nesting becomes unknown below the depth limit or a diagnostic, never a crash', () => {
    const deep = 'config:\n  target: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
    const result = parse(deep, 'deep.yml');
    expect(result.scenario !== undefined || result.diagnostics.length > 0).toBe(true);
  });

  it('an alias to a missing anchor is a located error', () => {
    const result = parseYamlSource('a: *nowhere\n', 'f.yml');
    expect(result.value).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', line: 1 });
  });

  it('tabs used for indentation are a located YAML error', () => {
    const result = parse('config:\n\ttarget: http://x\n');
    expect(result.scenario).toBeUndefined();
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', line: 2 });
  });
});
