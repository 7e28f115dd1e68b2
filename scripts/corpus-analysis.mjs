// Runs every bottleneck detector (src/analyze/) over every result file of the shared corpus and prints what
// fires, so a person can judge each finding: a detector must not cry wolf on healthy runs. The files of one
// Locust --csv run (stats, history, failures, exceptions) are read together, as one run.
//
//   node scripts/corpus-analysis.mjs [--detector ID] [--skipped] [folder...]
//
// --detector ID  only this detector's findings
// --skipped      also list, per file, the detectors that could not run and why
// folder...      read these folders instead of ../shared/corpus/results/* (LOADGATE_CORPUS moves the corpus)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTsTogether } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const only = option('--detector');
const showSkipped = args.includes('--skipped');
const corpus = resolve(root, process.env.LOADGATE_CORPUS || '../shared/corpus', 'results');
const folders = args.filter((a) => !a.startsWith('--'));
const dirs = folders.length
  ? folders.map((f) => resolve(f))
  : existsSync(corpus)
    ? readdirSync(corpus)
        .map((d) => join(corpus, d))
        .filter((d) => statSync(d).isDirectory())
    : [];
if (dirs.length === 0) {
  console.error(`${corpus}: not found (set LOADGATE_CORPUS), nothing to analyse`);
  process.exit(0);
}

const { readResultFiles, analyzeRun, detectors } = await loadTsTogether([
  join(root, 'src/engine/read-result-file.ts'),
  join(root, 'src/analyze/index.ts'),
]);

/** The Locust --csv files of one run share a prefix: `<prefix>_stats.csv`, `_stats_history…csv`, `_failures.csv`, `_exceptions.csv`. */
function runsOf(dir) {
  const names = readdirSync(dir)
    .filter((n) => n !== 'SOURCES.md')
    .sort();
  const groups = new Map();
  for (const name of names) {
    const m = /^(.*)_(stats|stats_history|failures|exceptions)(\.full)?\.csv$/.exec(name);
    const key = m ? m[1] : name;
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  return [...groups.values()];
}

const rows = [];
const matrix = [];
for (const dir of dirs) {
  for (const group of runsOf(dir)) {
    const stats = group.find((n) => n.endsWith('_stats.csv'));
    const label = `${dir.split('/').pop()}/${group.length > 1 && stats ? stats.replace(/_stats\.csv$/, '_*.csv') : group.join(', ')}`;
    const result = await readResultFiles(group.map((n) => ({ absolute: join(dir, n), path: n })));
    if (!result.run) {
      matrix.push({ label, cells: null, note: result.diagnostics[0]?.message.slice(0, 60) ?? 'no run' });
      continue;
    }
    const analysis = analyzeRun(result.run);
    const cells = {};
    for (const d of detectors) {
      const found = analysis.findings.filter((f) => f.detector === d.id);
      const skip = analysis.skipped.find((s) => s.detector === d.id);
      cells[d.id] = skip ? '·' : found.length ? found.map((f) => f.severity[0].toUpperCase()).join('') : '-';
      if (skip && showSkipped && (!only || only === d.id))
        rows.push([label, d.id, 'skipped', '', skip.reason]);
    }
    for (const f of analysis.findings)
      if (!only || f.detector === only)
        rows.push([label, f.detector, f.severity, f.endpoint ?? '', f.message]);
    matrix.push({ label, cells });
  }
}

for (const [file, detector, severity, endpoint, message] of rows)
  console.log(`${file}\t${detector}\t${severity}\t${endpoint}\t${message}`);

// The table: one line per run, one column per detector. H/M/L = findings by severity, - = ran, nothing found,
// · = skipped (the run lacks what the detector needs, or is too short).
const ids = detectors.map((d) => d.id);
const short = ids.map((id) =>
  id
    .split('-')
    .map((w) => w[0])
    .join(''),
);
const width = Math.max(...matrix.map((m) => m.label.length));
console.log(`\n${'run'.padEnd(width)}  ${short.map((s) => s.padEnd(4)).join('')}`);
for (const m of matrix) {
  const line = m.cells ? ids.map((id) => String(m.cells[id]).padEnd(4)).join('') : `(not read: ${m.note})`;
  console.log(`${m.label.padEnd(width)}  ${line}`);
}
console.log(`\ncolumns: ${ids.map((id, i) => `${short[i]} = ${id}`).join(', ')}`);
console.log('cells: H/M/L findings by severity, - ran and found nothing, · skipped (see --skipped)');
