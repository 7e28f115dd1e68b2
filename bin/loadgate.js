#!/usr/bin/env node
// The CLI entry: the engine is bundled into dist/cli.js, the same code the action runs.
// Built-ins by getBuiltinModule (Node 20.16+), not import: an import builds an ES module facade of the whole of
// node:fs, reading its lazy getters (fs.promises, the streams), a few ms of every start.
const { readFileSync } = process.getBuiltinModule('node:fs');
const module = process.getBuiltinModule('node:module');

const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  // Scripts ask for the version to pin or log it: answer without loading the engine (as git and npm do).
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  process.stdout.write(`${pkg.version}\n`);
} else {
  // Node 22.1+ caches the compiled bundle on disk, so later starts skip most of its compilation; Node 20 skips this.
  module.enableCompileCache?.();
  // The bundle's chunks import each other by relative path ("./chunk-X.js"), some hundred imports for one lint.
  // Node's resolver checks each on disk (stat, realpath, the nearest package.json); these are files of this
  // package, ES modules all, so they resolve by URL alone (Node 22.15+; older Nodes resolve as usual).
  const dist = new URL('../dist/', import.meta.url).href;
  module.registerHooks?.({
    resolve(specifier, context, nextResolve) {
      if (specifier.startsWith('./') && context.parentURL?.startsWith(dist))
        return { url: new URL(specifier, context.parentURL).href, format: 'module', shortCircuit: true };
      return nextResolve(specifier, context);
    },
    // Node reads a module into a buffer and decodes it with a TextDecoder, some 4 ms for the fifty chunks of a
    // lint. The chunks are ASCII (scripts/bundle.mjs escapes the rest), so Node's one-call UTF-8 read
    // (readFileUtf8) makes the same text without the decoder.
    load(url, context, nextLoad) {
      if (url.startsWith(dist) && url.endsWith('.js'))
        return { format: 'module', source: readFileSync(new URL(url), 'utf8'), shortCircuit: true };
      return nextLoad(url, context);
    },
  });
  const { runCli } = await import('../dist/cli.js');
  await runCli();
}
