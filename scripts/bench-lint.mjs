// Full lint against the bare parse, over a tree of real scenario files of every tool: the real k6, Locust and
// Gatling scripts of __tests__/fixtures/real and the Artillery, JMeter and Taurus files of the shared corpus
// (when it is there), repeated to `files` copies, each made unique by a comment so no cache can help.
//
// (a) bare: each file parsed by the parser its adapter uses, producing what that parser produces (Babel's
//     AST, yaml's Document, tree-sitter's tree, and for JMeter the element tree saxes' events build, as
//     fast-xml-parser would; saxes alone builds nothing);
// (b) lint: each file through lintText (sniffing, the adapter, every rule, fix verification).
// Rounds alternate so a busy machine slows both alike. Prints files per second and the ratio lint / bare.
// With --cold, each pass runs once in a fresh process instead (rounds alternate processes): the parsers and the
// engine start cold, as when a user runs `loadgate lint` once over a tree; medians are printed.
//
//   node scripts/bench-lint.mjs [files] [rounds] [--cold]
//
// LOADGATE_BENCH_TOOLS=k6,artillery lints only those tools' files; LOADGATE_BENCH_PASS=lint runs one pass alone
// (for `--cpu-prof`); LOADGATE_KEEP_BUILD=1 keeps the bundle of src/ the bench loads, so a profile's lines can
// be read back to their source files.
import { parse as babelParse } from '@babel/parser';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PerformanceObserver } from 'node:perf_hooks';
import { LineCounter, parseAllDocuments } from 'yaml';
import { benchTree } from './bench-tree.mjs';
import { loadTsTogether } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [target = 2000, rounds = 3] = process.argv
  .slice(2)
  .filter((a) => !a.startsWith('--'))
  .map(Number);
const corpus = process.env.LOADGATE_CORPUS || join(root, '../shared/corpus');
/** In a --cold child: the one pass this process times. */
const onlyPass = process.env.LOADGATE_BENCH_PASS;
if (process.argv.includes('--cold')) process.exit(coldPasses());

/** Each pass in a fresh process, alternating: wall and CPU medians, the ratio judged on wall like the rounds. */
function coldPasses() {
  const runs = { bare: [], lint: [] };
  for (let r = 0; r < rounds; r++)
    for (const pass of ['bare', 'lint']) {
      const child = spawnSync(process.execPath, [fileURLToPath(import.meta.url), String(target), '1'], {
        env: { ...process.env, LOADGATE_BENCH_PASS: pass },
        encoding: 'utf8',
      });
      const line = child.stdout.split('\n').find((l) => l.startsWith('PASS '));
      if (!line) throw new Error(`the ${pass} pass failed: ${child.stderr}`);
      runs[pass].push(JSON.parse(line.slice(5)));
    }
  const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const of = (pass, key) => median(runs[pass].map((x) => x[key]));
  console.log(`${target} files, each pass in a fresh process, median of ${rounds}, node ${process.version}`);
  for (const pass of ['bare', 'lint'])
    console.log(
      `${pass.padEnd(5)} ${of(pass, 'wall').toFixed(0).padStart(6)} ms wall  ${of(pass, 'cpu').toFixed(0)} ms CPU`,
    );
  const ratio = of('lint', 'wall') / of('bare', 'wall');
  console.log(
    `lint / bare ${ratio.toFixed(2)}x wall, ${(of('lint', 'cpu') / of('bare', 'cpu')).toFixed(2)}x CPU, cold (target <= 1.5x)`,
  );
  return ratio <= 1.5 ? 0 : 1;
}

const gatling = 'src/scenario/gatling/grammars.ts';
// One bundle, so the grammars prepareAllAdapters loads are the ones lintText and the bare parsers use.
const { lintText, adapterFor, prepareAllAdapters, decodeText, parseXml, parsePython, parseJvm, languageOf } =
  await loadTsTogether(
    [
      'src/lint/lint-text.ts',
      'src/scenario/adapters.ts',
      'src/engine/decode.ts',
      'src/scenario/jmeter/xml.ts',
      'src/scenario/python/parser.ts',
      ...(existsSync(join(root, gatling)) ? [gatling] : []),
    ].map((p) => join(root, p)),
  );
await prepareAllAdapters();

/** The bare parse of each tool: the same parser and options as its adapter, nothing after it. */
const bareParsers = {
  k6: (text, file) =>
    babelParse(text, {
      sourceType: 'module',
      plugins: /\.m?ts$/.test(file) ? ['deprecatedImportAssert', 'typescript'] : ['deprecatedImportAssert'],
      errorRecovery: true,
      allowReturnOutsideFunction: true,
      allowAwaitOutsideFunction: true,
      attachComment: false,
    }),
  artillery: (text) => parseAllDocuments(text, { lineCounter: new LineCounter(), maxAliasCount: 100 }),
  taurus: (text) => parseAllDocuments(text, { lineCounter: new LineCounter(), maxAliasCount: 100 }),
  jmeter: (text) => parseXml(text),
  locust: (text) => parsePython(text),
};
if (parseJvm) bareParsers.gatling = (text, file) => parseJvm(text, languageOf(file));

// LOADGATE_BENCH_TOOLS=k6,artillery: only those tools' files, to profile one adapter's lint.
const only = process.env.LOADGATE_BENCH_TOOLS?.split(',');
const files = benchTree({ root, corpus, target, adapterFor, decodeText, bareParsers }).filter(
  (f) => !only || only.includes(f.tool),
);
const megabytes = files.reduce((n, f) => n + f.text.length, 0) / 1e6;

const byTool = new Map();
const timed = (tool, name, run) => {
  const start = performance.now();
  run();
  const t = byTool.get(tool) ?? { bare: 0, lint: 0 };
  t[name] += performance.now() - start;
  byTool.set(tool, t);
};
const bare = () => {
  for (const f of files) timed(f.tool, 'bare', () => bareParsers[f.tool](f.text, f.path));
};
const lint = () => {
  for (const f of files) timed(f.tool, 'lint', () => lintText(f.text, f.path));
};
// CPU time of the process (every thread: the collector's helpers too) beside wall time: on a machine other
// jobs share, wall time counts the moments this process waits for a core.
const cpuNow = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
// Garbage collection by phase: each collection V8 reports is charged to the phase it started in. A lint that
// keeps files alive longer than it should shows here first (minor collections copy what is still reachable).
const collections = [];
const gcObserver = new PerformanceObserver((list) => collections.push(...list.getEntries()));
gcObserver.observe({ entryTypes: ['gc'] });
const windows = [];
const totals = { bare: 0, lint: 0 };
const cpuTotals = { bare: 0, lint: 0 };
for (let r = 0; r < rounds; r++) {
  for (const [name, run] of [
    ['bare', bare],
    ['lint', lint],
  ].filter(([name]) => !onlyPass || name === onlyPass)) {
    const start = performance.now();
    const cpuStart = cpuNow();
    run();
    windows.push({ name, start, end: performance.now() });
    totals[name] += performance.now() - start;
    cpuTotals[name] += cpuNow() - cpuStart;
  }
}
if (onlyPass) {
  console.log(`PASS ${JSON.stringify({ wall: totals[onlyPass], cpu: cpuTotals[onlyPass] })}`);
  process.exit(0);
}
const counts = new Map();
for (const f of files) counts.set(f.tool, (counts.get(f.tool) ?? 0) + 1);
const perTool = [...counts].map(([tool, n]) => `${tool} ${n}`).join(', ');
const ms = (name) => totals[name] / rounds;
const ratio = ms('lint') / ms('bare');
console.log(
  `${files.length} files (${perTool}), ${megabytes.toFixed(0)} MB, ${rounds} rounds, node ${process.version}`,
);
console.log(
  `bare parse  ${ms('bare').toFixed(0).padStart(6)} ms  ${((files.length / ms('bare')) * 1000).toFixed(0)} files/s`,
);
console.log(
  `full lint   ${ms('lint').toFixed(0).padStart(6)} ms  ${((files.length / ms('lint')) * 1000).toFixed(0)} files/s`,
);
for (const [tool, t] of byTool)
  console.log(
    `  ${tool.padEnd(10)} bare ${(t.bare / rounds).toFixed(0).padStart(6)} ms  lint ${(t.lint / rounds).toFixed(0).padStart(6)} ms  ${(t.lint / t.bare).toFixed(2)}x`,
  );
const cpuMs = (name) => cpuTotals[name] / rounds;
console.log(
  `cpu time    bare ${cpuMs('bare').toFixed(0)} ms  lint ${cpuMs('lint').toFixed(0)} ms  ${(cpuMs('lint') / cpuMs('bare')).toFixed(2)}x`,
);
// Observers are told of collections asynchronously: once the rounds are over.
await new Promise((resolve) => setTimeout(resolve, 50));
gcObserver.disconnect();
const gcMs = { bare: 0, lint: 0 };
for (const c of collections) {
  const w = windows.find((x) => c.startTime >= x.start && c.startTime < x.end);
  if (w) gcMs[w.name] += c.duration;
}
console.log(
  `gc time     bare ${(gcMs.bare / rounds).toFixed(0)} ms  lint ${(gcMs.lint / rounds).toFixed(0)} ms`,
);
console.log(`lint / bare ${ratio.toFixed(2)}x (target <= 1.5x)`);
process.exitCode = ratio <= 1.5 ? 0 : 1;
