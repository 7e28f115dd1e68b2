// Bundles the action (dist/index.js) and the CLI (dist/cli.js) into self-contained ES modules: the runner
// executes dist/index.js with no node_modules. CI rebuilds and fails when the committed dist/ differs.
import { compileString as ascCompile } from 'assemblyscript/asc';
import { build, transformSync } from 'esbuild';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const babelParser = require('@babel/parser');
const { traverseFast } = require('@babel/types');
// Some dependencies are CommonJS and call require() for Node built-ins; an ES module bundle needs one.
const banner =
  "import { createRequire as __loadgateCreateRequire } from 'node:module';\nconst require = __loadgateCreateRequire(import.meta.url);";

/**
 * @babel/parser ships one CommonJS file with no require() and three exports, some 500 kB that a k6 lint needs.
 * Node's compile cache (bin/loadgate.js) serializes a module right after compiling it, when V8 has compiled its
 * top level only: the parser's functions were compiled again at every start, 15-20 ms of parsing one script
 * (issue #15, cold start). So the parser is not bundled: it is copied, minified, to dist/vendor/ and run by a
 * small module (`babelLoader`) as a vm.Script whose code cache is written after the first parse, when it holds
 * every function that parse compiled. The build fails if a new version of the file has another shape.
 */
const BABEL_FILE = 'babel-parser.cjs';
function babelSource() {
  const path = require.resolve('@babel/parser');
  const text = readFileSync(path, 'utf8');
  const exports =
    'exports.parse = parse;\nexports.parseExpression = parseExpression;\nexports.tokTypes = tokTypes;\n';
  if (!text.includes(exports) || /\brequire\(|\bmodule\.exports\b/.test(text.replace(/"[^"\n]*"/g, '')))
    throw new Error(`${path} no longer has the shape scripts/bundle.mjs runs as a vm.Script`);
  // One expression: the script's value is the function, called with the exports object to fill. ASCII only
  // (esbuild's default charset), so V8 scans it as one-byte text.
  const body = transformSync(text, {
    minifyWhitespace: true,
    minifySyntax: true,
    legalComments: 'inline',
  }).code;
  return { path, text: `(function (exports) {\n${body}\n});\n` };
}
const babel = babelSource();
// The cache file is named by the parser's text: two loadgate versions sharing Node's cache folder keep one each.
const babelHash = createHash('sha256').update(babel.text).digest('hex').slice(0, 16);

/** `@babel/parser`, imported by src/scenario/k6/, becomes a module that runs dist/vendor/babel-parser.cjs. */
const babelLoader = {
  name: 'babel-parser-loader',
  setup(b) {
    b.onResolve({ filter: /^@babel\/parser$/ }, (args) =>
      args.importer.startsWith(join(root, 'src'))
        ? { path: 'babel-parser', namespace: 'babel-loader' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'babel-loader' }, () => ({
      contents: `// @babel/parser, run from dist/vendor/ with a code cache of its own (scripts/bundle.mjs, babelLoader).
const { existsSync, readFileSync, renameSync, writeFileSync } = process.getBuiltinModule('node:fs');
const { Script } = process.getBuiltinModule('node:vm');
const { getCompileCacheDir } = process.getBuiltinModule('node:module');
const { fileURLToPath } = process.getBuiltinModule('node:url');
// The chunk is in dist/chunks/ (or dist/, should the bundle's layout change).
const file = ['../vendor/', './vendor/']
  .map((dir) => fileURLToPath(new URL(dir + ${JSON.stringify(BABEL_FILE)}, import.meta.url)))
  .find((path) => existsSync(path));
if (file === undefined) throw new Error('dist/vendor/${BABEL_FILE} is missing: rebuild with scripts/bundle.mjs');
// Next to Node's own cache, only when the CLI turned it on (NODE_DISABLE_COMPILE_CACHE=1 turns both off).
const cacheDir = getCompileCacheDir?.();
const cacheFile = cacheDir && cacheDir + '/loadgate-babel-parser-${babelHash}.cache';
let cachedData;
try {
  if (cacheFile) cachedData = readFileSync(cacheFile);
} catch {}
const script = new Script(readFileSync(file, 'utf8'), { filename: file, cachedData });
const babel = {};
script.runInThisContext()(babel);
// V8 checks the cache (its version, flags, the source's length) and rejects a stale one; it is then written
// anew. At exit, and only after a parse: the cache then holds the functions parsing compiled, not only the
// top level (a command that loads every adapter and parses no k6 file would write a cache that never helps).
let parsed = false;
if (cacheFile && (cachedData === undefined || script.cachedDataRejected))
  process.once('exit', () => {
    if (!parsed) return;
    try {
      const temporary = cacheFile + '.' + process.pid;
      writeFileSync(temporary, script.createCachedData());
      renameSync(temporary, cacheFile);
    } catch {}
  });
export function parse(text, options) {
  parsed = true;
  return babel.parse(text, options);
}
export function parseExpression(text, options) {
  parsed = true;
  return babel.parseExpression(text, options);
}
export const tokTypes = babel.tokTypes;
`,
      loader: 'js',
    }));
  },
};

/**
 * `import { readFileSync } from 'node:fs'` makes Node build an ES module facade of the whole built-in, reading
 * every export, lazy getters included (fs.promises and the streams, util's helpers): about 9 ms of start-up for
 * fs, path and util. Our own named imports of those three read the module object instead
 * (process.getBuiltinModule, Node 20.16+), exporting the names src/ imports; a name missing here fails the build.
 */
const BUILTINS = ['node:fs', 'node:path', 'node:util'];
function importedNames(dir, names = new Map(BUILTINS.map((b) => [b, new Set()]))) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) importedNames(path, names);
    else if (entry.name.endsWith('.ts'))
      for (const [, list, from] of readFileSync(path, 'utf8').matchAll(
        /^import\s*\{([^}]*)\}\s*from\s*'(node:\w+)';/gm,
      ))
        for (const name of list.split(',').map((n) => n.trim().split(/\s+as\s+/)[0]))
          if (name && !name.startsWith('type ')) names.get(from)?.add(name);
  }
  return names;
}
const builtinNames = importedNames(join(root, 'src'));
const builtinsWithoutFacade = {
  name: 'builtins-without-facade',
  setup(b) {
    b.onResolve({ filter: /^node:(fs|path|util)$/ }, (args) =>
      args.kind === 'import-statement' && args.importer.startsWith(join(root, 'src'))
        ? { path: args.path, namespace: 'builtin' }
        : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'builtin' }, (args) => ({
      contents: `const m = process.getBuiltinModule(${JSON.stringify(args.path)});\nexport const { ${[...builtinNames.get(args.path)].sort().join(', ')} } = m;\n`,
      loader: 'js',
    }));
  },
};

/**
 * The raw readers' WebAssembly (`*.as` in src/results/) is compiled by AssemblyScript, pinned in package.json so
 * that one source always gives the same bytes, into a module that the bundle and Jest (which runs src/) import:
 * base64 in a `*-wasm.ts` beside the source, rewritten when it changed. It lives in the reader's chunk, so only
 * reading a raw result file loads it.
 */
async function compileWasm(source, constant) {
  const path = join(root, source);
  const name = basename(source, '.as');
  const { binary, error, stderr } = await ascCompile(
    { [`${name}.ts`]: readFileSync(path, 'utf8') },
    { optimizeLevel: 3, shrinkLevel: 0, runtime: 'stub', noAssert: true, enable: ['simd'] },
  );
  if (error || !binary) throw new Error(`${source} does not compile:\n${stderr.toString()}`);
  const text = `// Generated by scripts/bundle.mjs from ${name}.as: run \`npm run build\` after changing it.
/** The WebAssembly of ${name}.as, base64. */
export const ${constant} =
  '${Buffer.from(binary).toString('base64')}';
`;
  const file = join(dirname(path), `${name}-wasm.ts`);
  if (!existsSync(file) || readFileSync(file, 'utf8') !== text) writeFileSync(file, text);
}
await compileWasm('src/results/raw/split-rows.as', 'SPLIT_ROWS_WASM');
await compileWasm('src/results/k6/point-lines.as', 'POINT_LINES_WASM');

rmSync(join(root, 'dist'), { recursive: true, force: true });
const { metafile } = await build({
  plugins: [babelLoader, builtinsWithoutFacade],
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

// eagerFunctions (below) moves a chunk's function declarations into `var`s, defined when the chunk runs rather
// than when it is linked: that is the same only while no chunk runs before a chunk it imports, that is while
// the static imports between chunks have no cycle (esbuild's splitting makes none; the build checks it).
const staticImports = new Map(
  Object.entries(metafile.outputs).map(([file, output]) => [
    file,
    output.imports.filter((i) => i.kind === 'import-statement' && !i.external).map((i) => i.path),
  ]),
);
const visiting = new Set();
const visited = new Set();
function assertAcyclic(file) {
  if (visited.has(file)) return;
  if (visiting.has(file)) throw new Error(`the bundle's chunks import each other in a cycle through ${file}`);
  visiting.add(file);
  for (const imported of staticImports.get(file) ?? []) assertAcyclic(imported);
  visiting.delete(file);
  visited.add(file);
}
for (const file of staticImports.keys()) assertAcyclic(file);

// The grammars and tree-sitter's runtime are wasm files the bundle loads by path at run time
// (src/scenario/python/parser.ts looks in dist/grammars/), only when a Python file is linted.
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
mkdirSync(join(root, 'dist/vendor'), { recursive: true });
writeFileSync(join(root, 'dist/vendor', BABEL_FILE), babel.text);
/**
 * Whether code refers to a variable `require`: a name token not after `.` (strings and properties do not count),
 * or `eval("require")`, which libraries write to hide the call from bundlers.
 */
function namesRequire(code) {
  if (/\beval\((["'])require\1\)/.test(code)) return true;
  const { tokens } = babelParser.parse(code, { sourceType: 'module', tokens: true });
  return tokens.some(
    (token, i) =>
      token.type.label === 'name' &&
      token.value === 'require' &&
      !['.', '?.'].includes(tokens[i - 1]?.type.label),
  );
}

for (const dir of ['dist', 'dist/chunks'])
  for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.js'))) {
    const path = join(root, dir, name);
    const text = readFileSync(path, 'utf8');
    // The banner's createRequire costs about 0.2 ms per module at start-up, and `lint` loads some forty (the
    // first one, several ms: it sets up Node's CommonJS loader): it is kept only in the chunks whose code names
    // `require` (esbuild's __require helper and the CommonJS code calling it), not in those that only mention it
    // in a string or as a property (the k6 reader looks for `require("...")` calls).
    if (text.startsWith(banner) && !namesRequire(text.slice(banner.length)))
      writeFileSync(path, text.slice(banner.length).replace(/^\n/, ''));
    // A chunk with one non-ASCII character (a µ in a regular expression) is decoded and scanned as UTF-16 at
    // every start: escape it in the source (\u00b5).
    const at = text.search(/[^\0-\x7f]/);
    if (at >= 0) console.warn(`warning: ${dir}/${name} holds a non-ASCII character at offset ${at}`);
  }

/**
 * Node's compile cache serializes a module right after compiling it, when V8 has compiled its top level and
 * the functions it compiles eagerly, those in parentheses: every other function a command calls was compiled
 * again at every start, some 20 ms of a k6 lint (issue #15, cold start). So the functions that the usual
 * commands call (`TRAINING`, run once here under V8's coverage) are put in parentheses: function expressions
 * and arrows where they stand, top-level declarations as `var f = (function f() {...});` moved to the top of
 * their chunk, where the declarations were hoisted to: the chunk defines the same functions before any of its
 * code runs, and the compile cache holds their bytecode. Only the called ones: the cache of a function nobody
 * calls is deserialized for nothing, and Node 20, which has no compile cache, would compile it for nothing.
 * (Chunks import each other without cycles, so a function is still defined before another chunk calls it.)
 */
const TRAINING = [
  ['lint', 'examples/k6/shop.js', '--format', 'json'],
  ['lint', 'examples/k6/shop.js'],
  ['lint', 'examples', '--format', 'json'],
  ['check', '--config', 'examples/.loadgate.yml', '--format', 'json'],
];
function calledFunctions() {
  const coverage = mkdtempSync(join(tmpdir(), 'loadgate-bundle-coverage-'));
  try {
    for (const args of TRAINING) {
      const run = spawnSync(process.execPath, [join(root, 'bin/loadgate.js'), ...args], {
        cwd: root,
        env: { ...process.env, NODE_V8_COVERAGE: coverage, NODE_DISABLE_COMPILE_CACHE: '1' },
        stdio: 'ignore',
      });
      if (run.status !== 0 && run.status !== 1)
        throw new Error(`loadgate ${args.join(' ')} exited with ${run.status ?? run.signal} while bundling`);
    }
    const called = new Map();
    for (const name of readdirSync(coverage))
      for (const script of JSON.parse(readFileSync(join(coverage, name), 'utf8')).result) {
        if (
          !script.url.startsWith(pathToFileURL(join(root, 'dist')).href + '/') ||
          !script.url.endsWith('.js')
        )
          continue;
        const path = fileURLToPath(script.url);
        const starts = called.get(path) ?? new Set();
        for (const fn of script.functions) if (fn.ranges[0].count > 0) starts.add(fn.ranges[0].startOffset);
        called.set(path, starts);
      }
    return called;
  } finally {
    rmSync(coverage, { recursive: true, force: true });
  }
}
function eagerFunctions(text, called) {
  // Function expressions and arrows that ran, top-level or nested, are put in parentheses where they stand.
  const parse = (code) => babelParser.parse(code, { sourceType: 'module' }).program;
  const program = parse(text);
  const inserts = [];
  traverseFast(program, (node) => {
    if (
      (node.type === 'FunctionExpression' || node.type === 'ArrowFunctionExpression') &&
      !node.async &&
      !node.generator &&
      !node.extra?.parenthesized &&
      called.has(node.start)
    )
      inserts.push([node.start, '('], [node.end, ')']);
  });
  inserts.sort((a, b) => b[0] - a[0]);
  let wrapped = text;
  for (const [at, paren] of inserts) wrapped = wrapped.slice(0, at) + paren + wrapped.slice(at);
  // Declarations that ran become expressions, moved to the top of the chunk, where declarations are hoisted to:
  // imports are linked before any code runs wherever they stand, so the functions can go first.
  const declared = program.body.filter(
    (node) => node.type === 'FunctionDeclaration' && called.has(node.start),
  );
  const names = new Set(declared.map((f) => f.id.name));
  const functions = parse(wrapped).body.filter(
    (node) => node.type === 'FunctionDeclaration' && names.has(node.id.name),
  );
  let hoisted = '';
  let rest = '';
  let at = 0;
  for (const f of functions) {
    rest += wrapped.slice(at, f.start);
    hoisted += `var ${f.id.name}=(${wrapped.slice(f.start, f.end)});`;
    at = f.end;
  }
  return functions.length === 0 ? wrapped : `${hoisted}\n${rest}${wrapped.slice(at)}`;
}
if (process.env.LOADGATE_BUNDLE_LAZY !== '1')
  for (const [path, starts] of calledFunctions())
    writeFileSync(path, eagerFunctions(readFileSync(path, 'utf8'), starts));
console.log('bundled dist/index.js and dist/cli.js');
