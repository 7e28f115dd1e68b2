import { afterAll, describe, expect, it } from '@jest/globals';
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siblingReader } from '../../src/engine/read-sibling.js';
import { makeWorkspace, removeWorkspace } from '../helpers/workspace.js';

const outside = makeWorkspace({ 'secret.js': 'export const token = "outside";\n' }, { git: false });
const repo = makeWorkspace({
  'load/config.js': 'export const options = { vus: 1 };\n',
  'shared/base.json': '{"vus": 2}',
  'load/big.js': 'x'.repeat(2 * 1024 * 1024),
});
symlinkSync(join(outside, 'secret.js'), join(repo, 'load/link.js'));
writeFileSync(join(repo, 'load/script.js'), '');
afterAll(() => [outside, repo].forEach(removeWorkspace));

describe('siblingReader', () => {
  const { readSibling } = siblingReader(repo, repo);

  it('reads relative imports inside the repository, named by their report path', () => {
    expect(readSibling!('load/script.js', './config.js')).toEqual({
      file: 'load/config.js',
      text: 'export const options = { vus: 1 };\n',
    });
    expect(readSibling!('load/script.js', '../shared/base.json')?.text).toBe('{"vus": 2}');
  });

  it('refuses what would leave the repository: parent paths, absolute paths, links out, remote modules', () => {
    expect(readSibling!('load/script.js', `../../${join(outside, 'secret.js')}`)).toBeUndefined();
    expect(readSibling!('load/script.js', join(outside, 'secret.js'))).toBeUndefined();
    expect(readSibling!('load/script.js', './link.js')).toBeUndefined();
    expect(readSibling!('load/script.js', 'https://jslib.k6.io/k6-utils/1.4.0/index.js')).toBeUndefined();
    expect(readSibling!('load/script.js', 'k6/http')).toBeUndefined();
  });

  it('does not read files too large to be configuration, or missing ones', () => {
    expect(readSibling!('load/script.js', './big.js')).toBeUndefined();
    expect(() => readSibling!('load/script.js', './missing.js')).not.toThrow();
    expect(readSibling!('load/script.js', './missing.js')).toBeUndefined();
  });
});

describe('siblingReader: sizes of the data a script opens', () => {
  const { sizeOfSibling } = siblingReader(repo, repo);

  it("gives a data file's size from the script's folder, written with or without ./, large ones too", () => {
    expect(sizeOfSibling!('load/script.js', './big.js')).toBe(2 * 1024 * 1024);
    expect(sizeOfSibling!('load/script.js', 'config.js')).toBe(35);
    expect(sizeOfSibling!('load/script.js', '../shared/base.json')).toBe(10);
  });

  it('says nothing of files outside the repository, absolute paths, URLs, folders or missing files', () => {
    expect(sizeOfSibling!('load/script.js', `../../${join(outside, 'secret.js')}`)).toBeUndefined();
    expect(sizeOfSibling!('load/script.js', join(repo, 'load/big.js'))).toBeUndefined();
    expect(sizeOfSibling!('load/script.js', './link.js')).toBeUndefined();
    expect(sizeOfSibling!('load/script.js', 'https://example.test/users.json')).toBeUndefined();
    expect(sizeOfSibling!('load/script.js', '../shared')).toBeUndefined();
    expect(sizeOfSibling!('load/script.js', './missing.json')).toBeUndefined();
  });
});
