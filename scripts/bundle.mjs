// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ES modules: the runner
// executes dist/index.js with no node_modules. CI rebuilds and fails when the committed dist/ differs.
import { build } from 'esbuild';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Some dependencies are CommonJS and call require() for Node built-ins; an ES module bundle needs one.
const banner =
  "import { createRequire as __loadgateCreateRequire } from 'node:module';\nconst require = __loadgateCreateRequire(import.meta.url);";

rmSync(join(root, 'dist'), { recursive: true, force: true });
const { metafile } = await build({
  entryPoints: { index: join(root, 'src/action/index.ts'), cli: join(root, 'src/cli/index.ts') },
  outdir: join(root, 'dist'),
  bundle: true,
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: banner },
  legalComments: 'linked',
  logLevel: 'warning',
  metafile: true,
  // Start-up reads and compiles every chunk a command imports (issue #15, cold start): whitespace and comments
  // out, names kept so that a LOADGATE_DEBUG stack trace still reads.
  minifyWhitespace: true,
  minifySyntax: true,
});

// The package declares no dependencies (`npx loadgate` installs one tarball): every import left outside the
// bundle must be Node's own.
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)]);
const outside = Object.entries(metafile.outputs).flatMap(([file, output]) =>
  output.imports.filter((i) => i.external && !builtins.has(i.path)).map((i) => `${file}: ${i.path}`),
);
if (outside.length > 0) {
  console.error(`error: the bundle imports packages it does not carry:\n  ${outside.join('\n  ')}`);
  process.exit(1);
}

// The grammars and tree-sitter's runtime are wasm files the bundle loads by path at run time
// (src/scenario/python/parser.ts looks in dist/grammars/), only when a Python file is linted.
const require = createRequire(import.meta.url);
mkdirSync(join(root, 'dist/grammars'), { recursive: true });
copyFileSync(
  require.resolve('web-tree-sitter/tree-sitter.wasm'),
  join(root, 'dist/grammars/tree-sitter.wasm'),
);
copyFileSync(
  require.resolve('tree-sitter-wasms/out/tree-sitter-python.wasm'),
  join(root, 'dist/grammars/tree-sitter-python.wasm'),
);
// Gatling simulations: one grammar per language, each loaded only when a file of that language is linted.
for (const [path, name] of [
  ['tree-sitter-wasms/out/tree-sitter-java.wasm', 'tree-sitter-java.wasm'],
  ['@tree-sitter-grammars/tree-sitter-kotlin/tree-sitter-kotlin.wasm', 'tree-sitter-kotlin.wasm'],
  ['tree-sitter-scala/tree-sitter-scala.wasm', 'tree-sitter-scala.wasm'],
])
  copyFileSync(require.resolve(path), join(root, 'dist/grammars', name));
// A chunk with one non-ASCII character (a µ in a regular expression) is decoded and scanned as UTF-16 at every
// start: escape it in the source (\u00b5).
for (const dir of ['dist', 'dist/chunks'])
  for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.js'))) {
    const at = readFileSync(join(root, dir, name), 'utf8').search(/[^\0-\x7f]/);
    if (at >= 0) console.warn(`warning: ${dir}/${name} holds a non-ASCII character at offset ${at}`);
  }
console.log('bundled dist/index.js and dist/cli.js');
