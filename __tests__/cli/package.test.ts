import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npx loadgate` installs the package and whatever it declares. dist/ carries every library it uses (the
 * bundle script fails when an import outside Node's own is left unbundled, and CI installs the packed
 * tarball into an empty folder and runs it), so the package declares none: installing it is one tarball of
 * ~15 MB, not a dependency tree of ~230 MB that took a minute here, and no dependency's engine range can
 * warn on a supported Node.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
  files: string[];
};

describe('the published package', () => {
  it('declares no runtime dependencies: dist/ bundles them', () => {
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.files).toEqual(expect.arrayContaining(['bin', 'dist', 'rules']));
  });

  it('still pins what the bundle is built from, for npm ci', () => {
    expect(Object.keys(pkg.devDependencies)).toEqual(
      expect.arrayContaining([
        '@actions/artifact',
        '@actions/core',
        '@babel/parser',
        'web-tree-sitter',
        'yaml',
      ]),
    );
  });
});
