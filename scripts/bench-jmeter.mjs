// JMeter lint cost against the bare parse: the plans of the corpus, repeated to about 2,000 files, are
// (a) parsed by saxes alone (positions on, as the adapter uses it), (b) read by the adapter, (c) linted
// (adapter + every rule). Rounds alternate so a busy machine slows all three alike.
//
//   node scripts/bench-jmeter.mjs [folder] [files]
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SaxesParser } from 'saxes';
import { loadTs } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const folder = resolve(process.argv[2] ?? join(root, '../shared/corpus/scenarios/jmeter'));
const target = Number(process.argv[3] ?? 2000);
const { parseFile, checkFile } = await loadTs(join(root, 'src/lint/lint-text.ts'));
const { decodeText } = await loadTs(join(root, 'src/engine/decode.ts'));

const plans = readdirSync(folder)
  .filter((n) => n.endsWith('.jmx'))
  .map((n) => ({ name: n, text: decodeText(readFileSync(join(folder, n))).text }));
const files = Array.from({ length: target }, (_, i) => plans[i % plans.length]);

const bare = () => {
  for (const { text } of files) {
    const parser = new SaxesParser({ position: true });
    parser.on('error', () => {
      throw new Error('stop');
    });
    try {
      parser.write(text).close();
    } catch {
      // Malformed plans stop where the adapter stops too.
    }
  }
};
const adapter = () => {
  for (const { name, text } of files) parseFile(text, name);
};
const lint = () => {
  for (const { name, text } of files) checkFile(parseFile(text, name));
};
const time = (fn) => {
  const t = performance.now();
  fn();
  return performance.now() - t;
};
const totals = { bare: 0, adapter: 0, lint: 0 };
for (let round = 0; round < 3; round++) {
  totals.bare += time(bare);
  totals.adapter += time(adapter);
  totals.lint += time(lint);
}
const mb = files.reduce((n, f) => n + f.text.length, 0) / 1e6;
console.log(`${files.length} files, ${mb.toFixed(0)} MB of text, 3 rounds`);
for (const [k, v] of Object.entries(totals))
  console.log(`${k.padEnd(8)} ${(v / 3).toFixed(0).padStart(7)} ms  ${(v / totals.bare).toFixed(2)}x bare`);
