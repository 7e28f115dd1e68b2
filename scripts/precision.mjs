// The precision of each rule on real code, from verdicts a person gave its findings one by one: how many of the
// findings it reports now are right, wrong or debatable. The verdicts live in __tests__/real/judgements.json,
// keyed like the frozen snapshot (file, rule, line); a finding with no verdict is listed so it gets judged.
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';

export const VERDICTS = ['right', 'wrong', 'debatable'];

const keyOf = (file, ruleId, line) => `${file}\t${ruleId}\t${line}`;

/**
 * rows: the current findings ({ rule, severity, file, line, message }); path: the judgements file;
 * inScope(judgement): whether the run looked at that judgement's file and rule (so its absence means it is gone).
 */
export function printPrecision(rows, path, inScope) {
  const { judgements } = JSON.parse(readFileSync(path, 'utf8'));
  const byKey = new Map(judgements.map((j) => [keyOf(j.file, j.ruleId, j.line), j]));
  const current = new Set(rows.map((r) => keyOf(r.file, r.rule, r.line)));

  const perRule = new Map();
  const perSeverity = new Map(['error', 'warning', 'info'].map((s) => [s, tally()]));
  const total = tally();
  const unjudged = [];
  for (const r of rows) {
    const j = byKey.get(keyOf(r.file, r.rule, r.line));
    const t = perRule.get(r.rule) ?? tally();
    perRule.set(r.rule, t);
    for (const x of [t, perSeverity.get(r.severity), total]) x.findings += 1;
    if (!j || !VERDICTS.includes(j.verdict)) {
      unjudged.push(r);
      continue;
    }
    for (const x of [t, perSeverity.get(r.severity), total]) {
      x.judged += 1;
      x[j.verdict] += 1;
    }
  }

  const header = ['rule', 'findings', 'judged', 'right', 'wrong', 'debatable', 'precision', '+debatable'];
  const line = (name, t) => [
    name,
    t.findings,
    t.judged,
    t.right,
    t.wrong,
    t.debatable,
    percent(t.right, t.judged),
    percent(t.right + t.debatable, t.judged),
  ];
  const table = [
    header,
    ...[...perRule].sort(([a], [b]) => a.localeCompare(b)).map(([rule, t]) => line(rule, t)),
    line('overall', total),
    ...[...perSeverity].map(([severity, t]) => line(`  at ${severity} level`, t)),
  ];
  const widths = header.map((_, i) => Math.max(...table.map((row) => String(row[i]).length)));
  for (const row of table)
    console.log(
      row.map((cell, i) => (i ? String(cell).padStart(widths[i]) : cell.padEnd(widths[i]))).join('  '),
    );
  console.log('\nprecision = right / judged; +debatable = (right + debatable) / judged.');

  console.log(
    `\n${unjudged.length} finding(s) with no verdict yet (add them to ${relative(process.cwd(), path)}):`,
  );
  for (const r of unjudged) console.log(`  ${r.rule}\t${r.severity}\t${r.file}:${r.line}\t${r.message}`);

  const stale = judgements.filter((j) => inScope(j) && !current.has(keyOf(j.file, j.ruleId, j.line)));
  console.log(
    `\n${stale.length} verdict(s) on findings no longer reported (re-judge the change, then drop them):`,
  );
  for (const j of stale) console.log(`  ${j.ruleId}\t${j.file}:${j.line}\t${j.verdict}`);
}

function tally() {
  return { findings: 0, judged: 0, right: 0, wrong: 0, debatable: 0 };
}

function percent(part, whole) {
  return whole ? `${((100 * part) / whole).toFixed(1)} %` : '-';
}
