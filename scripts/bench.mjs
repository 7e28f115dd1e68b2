// loadgate's benchmark: start-up, linting a large generated tree of k6 and Artillery scenarios, and a
// comparison, each in a fresh process as users run it. Prints wall time and peak memory per case and exits 1
// when a case is over its budget. Only files it generates in a temporary folder are read; no network.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bin = join(root, 'bin/loadgate.js');
const runs = Number(process.env.BENCH_RUNS ?? 5);
const files = Number(process.env.BENCH_FILES ?? 2000);

const work = mkdtempSync(join(tmpdir(), 'loadgate-bench-'));
const k6 = readFileSync(join(root, 'examples/k6/shop.js'), 'utf8');
const artillery = readFileSync(join(root, 'examples/artillery/browse.yml'), 'utf8');
for (let i = 0; i < files; i++) {
  const dir = join(work, 'load', `team-${i % 40}`);
  mkdirSync(dir, { recursive: true });
  // Vary the text a little so no layer can cache one parse for all files.
  if (i % 2 === 0)
    writeFileSync(join(dir, `test-${i}.js`), k6.replace('target: 20 }', `target: ${20 + i} }`));
  else
    writeFileSync(join(dir, `test-${i}.yml`), artillery.replace('arrivalRate: 10', `arrivalRate: ${10 + i}`));
}
// A few thousand files that are not scenarios, which discovery must skip cheaply.
mkdirSync(join(work, 'src'), { recursive: true });
for (let i = 0; i < files; i++)
  writeFileSync(join(work, 'src', `module-${i}.js`), `export const value${i} = ${i};\n`);

// Hostile input a pull request can carry: each file must end as a diagnostic, cheaply.
const hostile = join(work, 'hostile');
mkdirSync(hostile);
const line = '  - get: { url: /x }\n';
writeFileSync(
  join(hostile, 'huge.yml'),
  'config:\n  target: http://x\nscenarios:\n  - flow:\n' + line.repeat((10 << 20) / line.length),
);
const bomb = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
for (let i = 1; i < 9; i++) {
  const [prev, name] = [String.fromCharCode(96 + i), String.fromCharCode(97 + i)];
  bomb.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
}
writeFileSync(join(hostile, 'bomb.yml'), bomb.join('\n') + '\nconfig:\n  target: http://x\n  phases: *i\n');
const chunk = 'function f(a,b){var c=a+b;if(c>1){return[c,{k:"v",z:[1,2,3]}]}return null}';
writeFileSync(
  join(hostile, 'bundle.js'),
  "import http from 'k6/http';" + chunk.repeat((5 << 20) / chunk.length),
);
writeFileSync(
  join(hostile, 'deep.js'),
  "import http from 'k6/http';\nexport const options = " + '['.repeat(5000) + ']'.repeat(5000) + ';\n',
);
writeFileSync(
  join(hostile, 'deep.py'),
  'from locust import HttpUser\nX = ' + '['.repeat(50000) + ']'.repeat(50000) + '\n',
);
writeFileSync(join(hostile, 'long.py'), 'from locust import HttpUser\nX = "' + 'a'.repeat(1 << 20) + '"\n');
writeFileSync(join(hostile, 'deep.yml'), 'config:\n  target: ' + '['.repeat(5000) + ']'.repeat(5000) + '\n');

// Locustfiles, in their own folder so the cases above are unchanged: the wasm Python parser loads once.
const locustDir = mkdtempSync(join(tmpdir(), 'loadgate-bench-locust-'));
const locustfile = readFileSync(
  join(root, '__tests__/fixtures/real/locust/locustio__locust__examples__custom_shape__stages.py'),
  'utf8',
);
const locustFiles = Math.max(1, Math.floor(files / 4));
for (let i = 0; i < locustFiles; i++)
  writeFileSync(
    join(locustDir, `locustfile_${i}.py`),
    locustfile.replace("'users': 100", `'users': ${100 + i}`),
  );

// The measured process reports its own peak memory: maxRSS is what the kernel saw, in KiB.
const probe = join(work, 'probe.mjs');
writeFileSync(
  probe,
  `process.on('exit', () => process.stderr.write('\\nBENCH ' + JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }) + '\\n'));\nawait import(${JSON.stringify(bin)});\n`,
);

const cases = [
  { name: 'start-up (--version)', args: ['--version'], budgetMs: 400, budgetMiB: 150 },
  {
    // The usual CI run: config validation is part of start-up, so a slow schema compile shows here.
    name: 'check examples/ with its .loadgate.yml (lint + compare)',
    args: ['check', '--config', join(root, 'examples/.loadgate.yml'), '--format', 'json'],
    budgetMs: 1000,
    budgetMiB: 250,
  },
  {
    name: 'lint examples/',
    args: ['lint', join(root, 'examples'), '--format', 'json'],
    budgetMs: 1500,
    budgetMiB: 250,
  },
  {
    name: `lint ${files} scenarios (+${files} other files)`,
    args: ['lint', work, '--format', 'json'],
    budgetMs: 20000,
    budgetMiB: 600,
  },
  {
    name: `lint ${locustFiles} locustfiles`,
    args: ['lint', locustDir, '--format', 'json'],
    budgetMs: 10000,
    budgetMiB: 400,
  },
  {
    name: 'lint hostile files (10 MB YAML, alias bomb, 5 MB bundle, deep nesting, deep and long Python)',
    args: ['lint', hostile, '--format', 'json'],
    budgetMs: 3000,
    budgetMiB: 400,
  },
  {
    name: 'compare k6 summaries',
    args: [
      'compare',
      '--baseline',
      join(root, 'examples/results/baseline.json'),
      '--current',
      join(root, 'examples/results/current.json'),
      '--format',
      'json',
    ],
    budgetMs: 1500,
    budgetMiB: 250,
  },
];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
let over = false;
console.log(`loadgate benchmark: ${runs} runs per case, node ${process.version}`);
for (const c of cases) {
  const times = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, [probe, ...c.args], {
      cwd: work,
      encoding: 'utf8',
      maxBuffer: 1 << 30,
    });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (result.status !== 0 && result.status !== 1) {
      console.error(`${c.name}: exit ${result.status}\n${result.stderr}`);
      process.exitCode = 1;
      break;
    }
    const line = result.stderr.split('\n').find((l) => l.startsWith('BENCH '));
    if (line) rss.push(JSON.parse(line.slice(6)).maxRssKiB / 1024);
  }
  const ms = median(times);
  const mib = Math.max(...rss);
  const ok = ms <= c.budgetMs && mib <= c.budgetMiB;
  if (!ok) over = true;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${c.name.padEnd(72)} median ${ms.toFixed(0).padStart(6)} ms (min ${Math.min(...times).toFixed(0)}, max ${Math.max(...times).toFixed(0)}; budget ${c.budgetMs})   peak ${mib.toFixed(0).padStart(4)} MiB (budget ${c.budgetMiB})`,
  );
}
rmSync(work, { recursive: true, force: true });
rmSync(locustDir, { recursive: true, force: true });
if (over) process.exitCode = 1;

// The full lint against the bare parse of the same real files of every tool (scripts/bench-lint.mjs), in its
// own process: files per second and the ratio, which must stay at or below 1.5.
console.log('\nlint against the bare parse (real files of every tool, each copy unique):');
const ratio = spawnSync(process.execPath, [join(root, 'scripts/bench-lint.mjs'), String(files), '1'], {
  stdio: 'inherit',
});
if (ratio.status !== 0) process.exitCode = 1;
