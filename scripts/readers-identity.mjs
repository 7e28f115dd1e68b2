// Identity check of the raw-result readers (issue #15): ingests every k6-json, JMeter and Taurus corpus file, the
// bench's generated files and variants of them (gzip, gzip cut short, cut mid-line, CRLF, headerless, tab, custom columns,
// sample variables, quoted multi-line fields, failures, Transaction Controller parents, labels with ids, more
// labels than rows kept, stray CRs) with two builds, and diffs the run files (createdAt aside), the messages
// and the exit codes. Usage: node scripts/readers-identity.mjs [reference bin] [candidate bin] [work dir]
// (defaults: /work/main/bin/loadgate.js, this checkout's bin/loadgate.js, a temporary folder).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { writeJtlCsv, writeK6Ndjson } from './bench-results.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [
  refBin = '/work/main/bin/loadgate.js',
  newBin = join(root, 'bin/loadgate.js'),
  work = mkdtempSync(join(tmpdir(), 'readers-identity-')),
] = process.argv.slice(2);
const files = join(work, 'files');
mkdirSync(files, { recursive: true });
const corpus = '/work/shared/corpus/results';
const sources = [];
for (const d of ['k6-json', 'jmeter', 'taurus'])
  if (existsSync(join(corpus, d)))
    for (const f of readdirSync(join(corpus, d))) sources.push(join(corpus, d, f));
writeK6Ndjson(join(files, 'gen-k6.ndjson'), 20e6);
writeJtlCsv(join(files, 'gen.jtl'), 20e6);
writeK6Ndjson(join(files, 'gen-k6-b.ndjson'), 3e6, 7);
writeJtlCsv(join(files, 'gen-b.jtl'), 3e6, 9);
sources.push(...['gen-k6.ndjson', 'gen.jtl', 'gen-k6-b.ndjson', 'gen-b.jtl'].map((f) => join(files, f)));
for (const s of sources) {
  const b = readFileSync(s);
  const name = basename(s);
  if (!s.startsWith(files)) writeFileSync(join(files, name), b);
  const ext = name.includes('.') ? name.slice(name.indexOf('.')) : '';
  const stem = name.slice(0, name.length - ext.length);
  writeFileSync(join(files, `${stem}.gz-variant${ext}.gz`), gzipSync(b));
  // A gzip cut short: the stream fails part-way, and every sample read before it must be kept.
  const gz = gzipSync(b);
  writeFileSync(join(files, `${stem}.gz-cut${ext}.gz`), gz.subarray(0, Math.floor(gz.length * 0.61)));
  writeFileSync(join(files, `${stem}.cut${ext}`), b.subarray(0, Math.floor(b.length * 0.61)));
  writeFileSync(
    join(files, `${stem}.crlf${ext}`),
    Buffer.from(b.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1'),
  );
}
const rows = readFileSync(join(files, 'gen-b.jtl'), 'latin1').split('\n').filter(Boolean);
const head = rows[0];
const body = rows.slice(1, 20000);
const lines = (list, eol = '\n') => list.join(eol) + eol;
const edit = (fn) =>
  body.map((r, i) => {
    const f = r.split(',');
    fn(f, i);
    return f.join(',');
  });
const word = (k) => {
  let s = '';
  do {
    s += String.fromCharCode(97 + (k % 26));
    k = Math.floor(k / 26);
  } while (k > 0);
  return s;
};
const pick = (ks, eol = '\n') =>
  lines(
    [head, ...body].map((r, i) => {
      const f = r.split(',');
      if (i > 0 && i % 31 === 0) f[7] = 'false';
      if (i > 0 && i % 37 === 0) f[1] = '';
      return ks.map((k) => f[k]).join(',');
    }),
    eol,
  );
const extra = {
  'x-idlabels.jtl': lines([
    head,
    ...edit((f) => {
      f[2] = f[13].replace('https://shop.example.test', '');
    }),
  ]),
  'x-quoted.jtl': lines([
    head,
    ...edit((f, i) => {
      if (i % 97) return;
      f[4] = '"multi\nline, ""quoted"""';
      f[7] = i % 2 ? 'false' : 'true';
    }),
  ]),
  'x-headerless.jtl': lines(body),
  'x-tab.jtl': lines([head, ...body].map((r) => r.replaceAll(',', '\t'))),
  'x-custom.jtl': lines(
    [head, ...body].map((r) => {
      const f = r.split(',');
      return [0, 1, 2, 7, 3, 12, 6].map((k) => f[k]).join(',');
    }),
  ),
  'x-custom2.jtl': lines(
    [head, ...body].map((r) => {
      const f = r.split(',');
      return [2, 1, 0, 6, 7, 14, 16, 4, 13].map((k) => f[k]).join(',');
    }),
  ),
  'x-extra.jtl': lines([head + ',var1', ...body.map((r, i) => r + ',' + (i % 5 ? 'v' : 'v,w'))]),
  'x-short.jtl': lines([head, ...body.map((r, i) => (i % 53 ? r : r.split(',').slice(0, 12).join(',')))]),
  'x-tc.jtl': lines([
    head,
    ...edit((f, i) => {
      if (i % 10) return;
      f[2] = 'TC ' + (i % 3);
      f[4] = 'Number of samples in transaction : 3, number of failing samples : 0';
      f[6] = '';
    }),
  ]),
  'x-decimals.jtl': lines([
    head,
    ...edit((f, i) => {
      if (i % 7 === 0) f[1] += '.5';
      if (i % 11 === 0) f[0] = '2026-01-15 10:00:0' + (i % 10);
      if (i % 13 === 0) f[1] = 'abc';
    }),
  ]),
  'x-many.jtl': lines([
    head,
    ...edit((f, i) => {
      f[2] = 'step ' + word((i * 7919) % 450);
    }),
  ]),
  'x-many-k6.ndjson': readFileSync(join(files, 'gen-k6-b.ndjson'), 'latin1')
    .split('\n')
    .map((l, i) => l.replace(/"name":"[^"]*"/, `"name":"op-${word((i * 7919) % 450)}"`))
    .join('\n'),
  'x-labellast.jtl': pick([0, 1, 6, 7, 2]),
  'x-labellast.crlf.jtl': pick([0, 1, 6, 7, 2], '\r\n'),
  'x-successlast.jtl': pick([0, 2, 1, 6, 7]),
  'x-successlast.crlf.jtl': pick([0, 2, 1, 6, 7], '\r\n'),
  'x-stray.jtl': lines([
    head,
    ...body.map((r, i) =>
      i % 41 === 0 ? r + '\r\r' : i % 43 === 0 ? '' : i % 47 === 0 ? r.replace(',text,', ',te\rxt,') : r,
    ),
  ]),
};
for (const [name, text] of Object.entries(extra)) writeFileSync(join(files, name), text, 'latin1');
for (const name of ['x-extra', 'x-quoted', 'x-short', 'x-headerless'])
  writeFileSync(join(files, `${name}.crlf.jtl`), extra[`${name}.jtl`].replaceAll('\n', '\r\n'), 'latin1');

const ingest = (bin, file, out) => {
  const r = spawnSync(process.execPath, [bin, 'ingest', file, '--out', out], { encoding: 'utf8' });
  const said = (r.stdout + r.stderr).replace(/ in [0-9.]+ m?s/g, '').replaceAll(out, 'OUT');
  const run = existsSync(out) ? readFileSync(out, 'utf8').replace(/^\s*"createdAt".*$/gm, '') : '';
  return { status: r.status, said, run };
};
let differ = 0;
const names = readdirSync(files).sort();
for (const name of names) {
  const a = ingest(refBin, join(files, name), join(work, `${name}.a.json`));
  const b = ingest(newBin, join(files, name), join(work, `${name}.b.json`));
  if (a.status !== b.status || a.said !== b.said || a.run !== b.run) {
    differ++;
    console.log(`DIFF ${name}`);
  }
}
console.log(`${names.length} files, ${differ} differ (${work})`);
process.exitCode = differ === 0 ? 0 : 1;
