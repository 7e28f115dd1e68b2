// Prints what loadgate reports on real scenario files, one finding a line, so a person can judge each one:
// the real k6 scripts and locustfiles committed in __tests__/fixtures/real/{k6,locust,gatling} and the Artillery and
// JMeter files of the shared corpus
// (../shared/corpus or LOADGATE_CORPUS; skipped with a note when absent). Runs the engine from src/, so it
// shows the rules as they are in the working tree (run `npm run generate` after editing a rule's YAML).
//
//   node scripts/corpus-findings.mjs [--rule ID] [--counts | --precision] [folder...]
//
// --rule ID     only this rule's findings (and the per-rule counts of that rule)
// --counts      only the number of findings per rule and severity
// --precision   join the findings with the verdicts a person gave them (__tests__/real/judgements.json) and print
//               per rule and overall: judged, right, wrong, debatable, precision; then the findings no one has
//               judged yet (judge them when they appear) and the verdicts whose finding is gone
// folder...     lint these folders instead (every file in each, by name)
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name) => {
  const i = args.indexOf(name);
  if (i < 0) return undefined;
  const [, value] = args.splice(i, 2);
  return value;
};
const onlyRule = option('--rule');
const countsOnly = args.includes('--counts');
const precision = args.includes('--precision');
const folders = args.filter((a) => !a.startsWith('--'));

const corpus = resolve(root, process.env.LOADGATE_CORPUS || '../shared/corpus');
const defaults = [
  join(root, '__tests__/fixtures/real/k6'),
  join(root, '__tests__/fixtures/real/locust'),
  join(root, '__tests__/fixtures/real/gatling'),
  join(corpus, 'scenarios/artillery'),
  join(corpus, 'scenarios/jmeter'),
  join(corpus, 'scenarios/taurus'),
];
const { runEngine } = await loadTs(join(root, 'src/engine/run.ts'));

const rows = [];
const linted = new Set();
for (const folder of (folders.length ? folders : defaults).map((f) => resolve(f))) {
  if (!existsSync(folder)) {
    console.error(`${folder}: not found, skipped`);
    continue;
  }
  const paths = readdirSync(folder).filter((name) => name !== 'SOURCES.md');
  const { report } = await runEngine({ command: 'lint', cwd: folder, paths });
  for (const file of report.files) {
    linted.add(file.path);
    const lines = readFileSync(join(folder, file.path), 'utf8').split(/\r\n|\r|\n/);
    for (const f of file.findings) {
      if (onlyRule && f.ruleId !== onlyRule) continue;
      const code = (lines[f.loc.line - 1] ?? '').trim().slice(0, 70);
      rows.push({
        rule: f.ruleId,
        severity: f.severity,
        file: file.path,
        line: f.loc.line,
        where: `${file.path}:${f.loc.line}`,
        message: f.message,
        code,
      });
    }
    if (onlyRule) continue;
    for (const d of file.diagnostics)
      rows.push({
        rule: '(diagnostic)',
        severity: d.severity,
        where: `${file.path}:${d.line ?? '-'}`,
        message: d.message,
        code: '',
      });
  }
}

rows.sort((a, b) => a.rule.localeCompare(b.rule) || a.where.localeCompare(b.where, 'en', { numeric: true }));
if (precision) {
  const { printPrecision } = await import('./precision.mjs');
  printPrecision(
    rows.filter((r) => r.rule !== '(diagnostic)'),
    join(root, '__tests__/real/judgements.json'),
    // A verdict is stale only if its file was linted and its rule was asked for: else it is out of scope.
    (j) => linted.has(j.file) && (!onlyRule || j.ruleId === onlyRule),
  );
  process.exit(0);
}
if (!countsOnly)
  for (const r of rows)
    console.log(`${r.rule}\t${r.severity}\t${r.where}\t${r.message}${r.code ? `\t| ${r.code}` : ''}`);

const counts = new Map();
for (const r of rows) {
  const c = counts.get(r.rule) ?? { error: 0, warning: 0, info: 0 };
  c[r.severity] += 1;
  counts.set(r.rule, c);
}
console.log(`\n${'rule'.padEnd(40)} ${'error'.padStart(5)} ${'warn'.padStart(5)} ${'info'.padStart(5)}`);
for (const [rule, c] of [...counts].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `${rule.padEnd(40)} ${String(c.error).padStart(5)} ${String(c.warning).padStart(5)} ${String(c.info).padStart(5)}`,
  );
console.log(`${rows.length} rows`);
