// Gatling simulation.log reading speed against the JMeter CSV JTL reader and the bare newline scan, on
// generated files of the same requests (20 endpoints, groups, 2 % KO with real message shapes, users).
// Each reader runs in this process in rounds that alternate, so a busy machine slows all alike.
//
//   node scripts/bench-gatling.mjs [MB per file, default 200] [rounds, default 3]
import { createReadStream, mkdtempSync, openSync, closeSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTs } from './load-ts.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const targetMB = Number(process.argv[2] ?? 200);
const rounds = Number(process.argv[3] ?? 3);
const { readResultFile } = await loadTs(join(root, 'src/engine/read-result-file.ts'));

const work = mkdtempSync(join(tmpdir(), 'loadgate-bench-gatling-'));
const T = 1_700_000_000_000;
const names = Array.from({ length: 20 }, (_, i) => (i % 4 === 0 ? `Browse ${i}` : `request_${i}`));
const groupOf = (i) => (i % 5 === 0 ? 'Checkout' : i % 7 === 0 ? 'Checkout,Pay' : '');
const failures = [
  'status.find.in(200,201,202,203,204,205,206,207,208,209,304), found 500',
  'j.n.ConnectException: Connection refused: shop.example.com/10.0.0.1:443',
  'Request timeout to shop.example.com/10.0.0.1:443 after 60000 ms',
];

/** Writes lines produced by `line(i)` until the file reaches the target size. */
function generate(path, header, line) {
  const fd = openSync(path, 'w');
  const target = targetMB * 1e6;
  let size = 0;
  let i = 0;
  let batch = header;
  while (size < target) {
    for (let k = 0; k < 10_000; k++) batch += line(i++);
    writeSync(fd, batch);
    size += batch.length;
    batch = '';
  }
  closeSync(fd);
  return i;
}

let seed = 42;
const rand = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
const sample = (i) => {
  const n = i % names.length;
  const start = T + Math.floor(i / 50);
  const ms = Math.floor(20 + 400 * rand() ** 3);
  const ko = rand() < 0.02;
  return { n, start, ms, ko, message: ko ? failures[i % 3] : ' ' };
};

const gatling = join(work, 'simulation.log');
const gatlingRows = generate(gatling, `RUN\tshop.Checkout\tcheckout\t${T}\t \t3.9.5\n`, (i) => {
  const s = sample(i);
  let out = `REQUEST\t${groupOf(s.n)}\t${names[s.n]}\t${s.start}\t${s.start + s.ms}\t${s.ko ? 'KO' : 'OK'}\t${s.message}\n`;
  if (i % 200 === 0) out += `USER\tBuyers\t${i % 400 === 0 ? 'START' : 'END'}\t${s.start}\n`;
  if (i % 97 === 0) out += `GROUP\tCheckout\t${s.start}\t${s.start + 3 * s.ms}\t${2 * s.ms}\tOK\n`;
  return out;
});
seed = 42;
const jtl = join(work, 'results.jtl');
const jtlRows = generate(
  jtl,
  'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect\n',
  (i) => {
    const s = sample(i);
    return `${s.start},${s.ms},${names[s.n]},${s.ko ? 500 : 200},${s.ko ? 'Internal Server Error' : 'OK'},Buyers 1-${i % 50},text,${!s.ko},,1234,210,50,50,https://shop.example.com/api/${names[s.n]},${s.ms - 3},0,${i % 10}\n`;
  },
);

async function newlines(path) {
  let n = 0;
  for await (const chunk of createReadStream(path, { highWaterMark: 4 << 20 })) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) n++;
  }
  return n;
}

const cases = [
  ['newline scan (simulation.log)', () => newlines(gatling), gatling],
  ['gatling-simulation-log reader', () => readResultFile(gatling, 'simulation.log'), gatling],
  ['jmeter-jtl-csv reader', () => readResultFile(jtl, 'results.jtl'), jtl],
];
const best = new Map();
for (let r = 0; r < rounds; r++) {
  for (const [name, fn] of cases) {
    const t = performance.now();
    const result = await fn();
    const s = (performance.now() - t) / 1000;
    if (typeof result === 'object' && result.diagnostics.length > 0)
      throw new Error(JSON.stringify(result.diagnostics));
    if (typeof result === 'object' && !result.run) throw new Error(`${name}: no run`);
    best.set(name, Math.min(best.get(name) ?? Infinity, s));
    if (r === 0 && typeof result === 'object')
      console.log(`${name}: ${result.run.overall.count} requests, p95 ${result.run.overall.latency.p95} ms`);
  }
}
const mb = (p) => statSync(p).size / 1e6;
console.log(
  `files: simulation.log ${mb(gatling).toFixed(0)} MB (${gatlingRows} requests), JTL ${mb(jtl).toFixed(0)} MB (${jtlRows} samples); best of ${rounds}`,
);
for (const [name, , path] of cases) {
  const s = best.get(name);
  console.log(
    `${name.padEnd(32)} ${s.toFixed(2)} s  ${(mb(path) / s).toFixed(0)} MB/s  ${((path === gatling ? gatlingRows : jtlRows) / s / 1e6).toFixed(2)} M rows/s`,
  );
}
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
rmSync(work, { recursive: true, force: true });
