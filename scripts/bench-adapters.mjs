// The adapters alone against the bare parse: the share of a lint that reading a file into the Scenario model
// costs, per tool, without the rules (bench-lint.mjs times the whole lint). Same tree of unique copies as
// bench-lint.mjs; LOADGATE_BENCH_TOOLS=k6,jmeter keeps only those tools' files (for a profile of one adapter).
//
//   node scripts/bench-adapters.mjs [files] [rounds]
import { parse as babelParse } from '@babel/parser';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LineCounter, parseAllDocuments } from 'yaml';
import { benchTree } from './bench-tree.mjs';
import { loadTsTogether } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = Number(process.argv[2] ?? 2000);
const rounds = Number(process.argv[3] ?? 3);
const corpus = process.env.LOADGATE_CORPUS || join(root, '../shared/corpus');
const only = process.env.LOADGATE_BENCH_TOOLS?.split(',');
const phases = (process.env.LOADGATE_BENCH_PHASES ?? 'bare,parse,lint').split(',');

const {
  lintText,
  parseFile,
  adapterFor,
  prepareAllAdapters,
  decodeText,
  parseXml,
  parsePython,
  parseJvm,
  languageOf,
} = await loadTsTogether(
  [
    'src/lint/lint-text.ts',
    'src/scenario/adapters.ts',
    'src/engine/decode.ts',
    'src/scenario/jmeter/xml.ts',
    'src/scenario/python/parser.ts',
    'src/scenario/gatling/grammars.ts',
  ].map((p) => join(root, p)),
);
await prepareAllAdapters();

const yamlBare = (text) => parseAllDocuments(text, { lineCounter: new LineCounter(), maxAliasCount: 100 });
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
  artillery: yamlBare,
  taurus: yamlBare,
  jmeter: (text) => parseXml(text),
  locust: (text) => parsePython(text),
  gatling: (text, file) => parseJvm(text, languageOf(file)),
};

const files = benchTree({ root, corpus, target, adapterFor, decodeText, bareParsers }).filter(
  (f) => !only || only.includes(f.tool),
);

const runs = {
  bare: (f) => bareParsers[f.tool](f.text, f.path),
  parse: (f) => parseFile(f.text, f.path),
  lint: (f) => lintText(f.text, f.path),
};
// CPU time of this process rather than wall time: with other jobs on the machine, wall time counts the
// moments this process waits for a core, which land on whichever phase runs then.
const now = () => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};
const byTool = new Map();
for (let r = 0; r < rounds; r++) {
  for (const phase of phases) {
    for (const f of files) {
      const start = now();
      runs[phase](f);
      const t = byTool.get(f.tool) ?? { n: 0, bare: 0, parse: 0, lint: 0 };
      t[phase] += now() - start;
      if (phase === phases[0] && r === 0) t.n++;
      byTool.set(f.tool, t);
    }
  }
}
const ms = (v) => (v / rounds).toFixed(0).padStart(6);
for (const [tool, t] of byTool)
  console.log(
    `${tool.padEnd(10)} ${String(t.n).padStart(4)} files  bare ${ms(t.bare)} ms  parse ${ms(t.parse)} ms (${(t.parse / t.bare).toFixed(2)}x)  lint ${ms(t.lint)} ms (${(t.lint / t.bare).toFixed(2)}x)`,
  );
