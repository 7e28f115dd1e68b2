// Loads a TypeScript module from src/ for build scripts. esbuild bundles it to an ES module kept under
// node_modules/.cache so that its bare imports (ajv, yaml) still resolve against the project's node_modules.
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const cache = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', '.cache', 'loadgate-build');

export async function loadTs(entry) {
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, `${basename(entry, '.ts')}-${process.pid}.mjs`);
  try {
    await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      packages: 'external',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(outfile, { force: true });
  }
}

/**
 * Loads several modules of src/ as one bundle, so they share module state (a parser one of them loads is
 * loaded for the others). Returns every export of every module; a name two of them export is left out.
 */
export async function loadTsTogether(entries) {
  mkdirSync(cache, { recursive: true });
  const outfile = join(cache, `together-${process.pid}.mjs`);
  try {
    await build({
      stdin: {
        contents: entries.map((e) => `export * from ${JSON.stringify(e)};`).join('\n'),
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      outfile,
      logLevel: 'error',
      packages: 'external',
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    // LOADGATE_KEEP_BUILD=1: kept, so a CPU profile of a bench can be read back to the source files.
    if (!process.env.LOADGATE_KEEP_BUILD) rmSync(outfile, { force: true });
  }
}
