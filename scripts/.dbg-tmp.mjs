import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { loadTs } from './load-ts.mjs';
const m = await loadTs(join(process.cwd(), 'src/results/readers.ts'));
const r = m.readerFor('locust-stats-csv');
try { r.read(readFileSync('/tmp/h4/results_stats.csv', 'utf8'), 'results_stats.csv'); } catch (e) { console.log(e.stack.split('\n').slice(0, 8).join('\n')); }
