// Prints the load profile and test type loadgate computes for each real scenario file (the fixtures in
// __tests__/fixtures/real/{k6,locust} and the Artillery and JMeter files of the shared corpus), one file a
// line, then the count per test type, so a person can check the classification by hand.
//
//   node scripts/corpus-profiles.mjs [folder...]
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folders = process.argv.slice(2);
const corpus = resolve(root, process.env.LOADGATE_CORPUS || '../shared/corpus');
const defaults = [
  join(root, '__tests__/fixtures/real/k6'),
  join(root, '__tests__/fixtures/real/locust'),
  join(corpus, 'scenarios/artillery'),
  join(corpus, 'scenarios/jmeter'),
];
const { runEngine } = await loadTs(join(root, 'src/engine/run.ts'));

const counts = new Map();
for (const folder of (folders.length ? folders : defaults).map((f) => resolve(f))) {
  if (!existsSync(folder)) {
    console.error(`${folder}: not found, skipped`);
    continue;
  }
  const paths = readdirSync(folder).filter((name) => name !== 'SOURCES.md');
  const { report } = await runEngine({ command: 'lint', cwd: folder, paths });
  for (const file of report.files) {
    const p = file.profile;
    if (!p) continue;
    const key = `${file.tool} ${p.testType}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
    const load = [
      p.peakVUs !== undefined ? `${p.peakVUs} VUs` : '',
      p.peakRatePerSec !== undefined ? `${Math.round(p.peakRatePerSec * 100) / 100}/s` : '',
    ]
      .filter(Boolean)
      .join(' + ');
    const why = p.declaredType ? `named "${p.declaredBy}"` : (p.shapeReason ?? p.unknown[0] ?? '');
    console.log([file.tool, p.testType, p.model, load || '?', p.duration ?? '?', file.path, why].join('\t'));
  }
}
console.log('');
for (const [key, n] of [...counts].sort()) console.log(`${key}\t${n}`);
