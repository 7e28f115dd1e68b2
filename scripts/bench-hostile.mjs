// The hostile and very large inputs of issues #14 and #15 ("speed is checked by the bench, not by timed unit
// tests"): each scenario is linted, and each result file ingested, alone by the CLI in a fresh process, which
// must end with the diagnostic (or the clean read) the unit tests assert on a small version of the same input,
// within a time and memory budget. Run by `npm run bench` (BENCH_ONLY=hostile for this part alone).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const jmeterPlan = (body) => `<?xml version="1.0" encoding="UTF-8"?>
<jmeterTestPlan version="1.2" properties="5.0" jmeter="5.6.3">
  <hashTree>
    <TestPlan guiclass="TestPlanGui" testclass="TestPlan" testname="Plan" enabled="true"/>
    <hashTree>
      <ThreadGroup guiclass="ThreadGroupGui" testclass="ThreadGroup" testname="Users" enabled="true">
        <stringProp name="ThreadGroup.num_threads">\${__P(threads,40)}</stringProp>
        <stringProp name="ThreadGroup.ramp_time">0</stringProp>
      </ThreadGroup>
      <hashTree>
${body}      </hashTree>
    </hashTree>
  </hashTree>
</jmeterTestPlan>
`;
const jmeterSampler = `        <HTTPSamplerProxy guiclass="HttpTestSampleGui" testclass="HTTPSamplerProxy" testname="Home" enabled="true">
          <stringProp name="HTTPSampler.domain">\${__P(host,localhost)}</stringProp>
          <stringProp name="HTTPSampler.path">/home</stringProp>
        </HTTPSamplerProxy>
        <hashTree/>
`;

/** A k6 script of `kb` KB: one function with a request per line, then (one line) the same minified. */
function k6Script(kb) {
  const parts = [
    "import http from 'k6/http';import{sleep as s}from'k6';export const options={vus:10,duration:'1m'};",
  ];
  for (let i = 0; parts.join('\n').length < kb * 1024; i++)
    parts.push(`function f${i}(a){var c=a*${i};http.get('https://x.test/p/'+c,{tags:{name:'n'}});return c}`);
  parts.push('export default function(){f1(1);s(1)}');
  return parts;
}

const errors = (file) => file.diagnostics.filter((d) => d.severity === 'error');
const messages = (file) => file.diagnostics.map((d) => d.message);

/**
 * Each case: the file it writes, what the report must say of it (a problem, or undefined when right) and its
 * budgets. The unit tests next to each adapter assert the same outcome on an input a tenth the size or less.
 */
const cases = [
  {
    name: 'JMeter plan of 30 MB: linted, not skipped (no size cap for .jmx)',
    file: 'big.jmx',
    text: () => jmeterPlan(jmeterSampler.repeat(Math.ceil((30 * 1024 * 1024) / jmeterSampler.length))),
    check: (f) =>
      f.tool !== 'jmeter' || errors(f).length > 0 ? `read as ${f.tool}: ${messages(f)}` : undefined,
    budgetMs: 20_000,
    budgetMiB: 1000,
  },
  {
    name: 'k6 script of 400 KB, thousands of requests: read with no diagnostic',
    file: 'large.js',
    text: () => k6Script(400).join('\n'),
    check: (f) => (f.tool !== 'k6' || f.diagnostics.length > 0 ? `${f.tool}: ${messages(f)}` : undefined),
    budgetMs: 10_000,
    budgetMiB: 600,
  },
  {
    name: 'the same k6 script minified onto one line: "generated bundle" warning',
    file: 'minified.js',
    text: () => k6Script(400).join(''),
    check: (f) =>
      messages(f).join() === 'generated bundle: lint its sources (found minified code)'
        ? undefined
        : `said ${JSON.stringify(messages(f))}`,
    budgetMs: 5_000,
    budgetMiB: 400,
  },
  {
    name: 'locustfile with a 1 MB string on one line: read with no diagnostic',
    file: 'long.py',
    text: () => `from locust import HttpUser\nX = "${'a'.repeat(1_000_000)}"\n`,
    check: (f) => (f.diagnostics.length > 0 ? `said ${JSON.stringify(messages(f))}` : undefined),
    budgetMs: 5_000,
    budgetMiB: 400,
  },
  {
    name: 'locustfile with 50 000 nested brackets: read, or refused by the 3-s parse budget',
    file: 'deep.py',
    text: () => `from locust import HttpUser\nX = ${'['.repeat(50_000)}${']'.repeat(50_000)}\n`,
    check: (f) =>
      f.diagnostics.length === 0 || messages(f).join() === 'could not be parsed within 3 s'
        ? undefined
        : `said ${JSON.stringify(messages(f))}`,
    budgetMs: 8_000,
    budgetMiB: 400,
  },
];

/** A JTL header and `n` rows made by `row(k)`: the columns of JMeter's default CSV. */
const jtl = (n, row) =>
  [
    'timeStamp,elapsed,label,responseCode,responseMessage,threadName,dataType,success,failureMessage,bytes,sentBytes,grpThreads,allThreads,URL,Latency,IdleTime,Connect',
    ...Array.from({ length: n }, (_, k) => row(k)),
  ].join('\n') + '\n';

/**
 * Hostile result files, each ingested alone (`loadgate ingest FILE --out run.json`): `check` gets the run written
 * (undefined when none was) and what the CLI said.
 */
const resultCases = [
  {
    name: 'k6 NDJSON of 50 MB re-serialized with spaces (no line as k6 writes it): every request read',
    file: 'spaced.ndjson',
    text: () => {
      const lines = [];
      for (let k = 0; k < 200_000; k++) {
        const time = new Date(Date.UTC(2026, 0, 15, 10) + k * 10).toISOString();
        lines.push(
          `{"metric": "http_req_duration", "type": "Point", "data": {"time": "${time}", "value": ${1 + (k % 300)}, "tags": {"name": "n${k % 20}", "status": "200"}}}`,
          `{"metric": "http_req_waiting", "type": "Point", "data": {"time": "${time}", "value": ${k % 300}, "tags": {}}}`,
        );
      }
      return lines.join('\n') + '\n';
    },
    check: (run, said) =>
      run?.overall.count === 200_000 ? undefined : `read ${run?.overall.count}: ${said}`,
    budgetMs: 10_000,
    budgetMiB: 400,
  },
  {
    name: 'JTL of 300 000 failures, each with its own message: at most 101 error kinds kept',
    file: 'messages.jtl',
    text: () =>
      jtl(
        300_000,
        (k) =>
          `${1768467600000 + k},${1 + (k % 500)},step ${k % 7},Non HTTP response code: java.net.SocketException: 10.0.0.7:${k},x,T 1-1,text,false,boom ${k},1,1,1,1,https://h/x,1,0,0`,
      ),
    check: (run, said) =>
      run && Object.keys(run.overall.errorsByKind ?? {}).length === 101
        ? undefined
        : `kinds ${Object.keys(run?.overall.errorsByKind ?? {}).length}: ${said}`,
    budgetMs: 5_000,
    budgetMiB: 300,
  },
  {
    name: 'JTL whose time stamps are scattered over years: at most 10 000 windows, with a warning',
    file: 'years.jtl',
    text: () => {
      let seed = 3;
      return jtl(300_000, (k) => {
        seed = (seed * 1103515245 + 12345) % 2 ** 31;
        return `${seed * 4657},${1 + (k % 500)},step ${k % 7},200,OK,T 1-1,text,true,,1,1,1,1,https://h/x,1,0,0`;
      });
    },
    check: (run, said) =>
      run && run.series.length <= 10_000 && said.includes('the time series has windows of')
        ? undefined
        : `${run?.series.length} windows: ${said}`,
    budgetMs: 5_000,
    budgetMiB: 300,
  },
  {
    name: 'k6 NDJSON whose last line runs on for 100 MB: the request before it read, the cut said',
    file: 'one-line.ndjson',
    text: () =>
      `{"metric":"http_req_duration","type":"Point","data":{"time":"2026-01-15T10:00:00Z","value":1,"tags":{}}}\n${'x'.repeat(100_000_000)}`,
    check: (run, said) =>
      run?.overall.count === 1 && said.includes('ends in the middle of line 2') ? undefined : `said ${said}`,
    budgetMs: 3_000,
    budgetMiB: 300,
  },
  {
    name: 'XML JTL of 150 MB ending in a tag that never closes: stopped at 1 MiB, the sample before kept',
    file: 'open-tag.jtl',
    text: () =>
      `<?xml version="1.0"?>\n<testResults version="1.2">\n<httpSample t="5" lb="a" ts="1768467600000" s="true" rc="200"/>\n<httpSample t="5" lb="${`${'x'.repeat(100)}\n`.repeat(1_500_000)}`,
    check: (run, said) =>
      run?.overall.count === 1 && said.includes('runs on for over 1 MiB') ? undefined : `said ${said}`,
    budgetMs: 5_000,
    budgetMiB: 400,
  },
];

/**
 * Lints each scenario case and ingests each result case in its own folder, and prints one line per case (ok or
 * OVER, as the rest of the bench). Returns true when a case gave the wrong outcome or went over a budget.
 */
export function benchHostile({ bin, runs, median }) {
  const work = mkdtempSync(join(tmpdir(), 'loadgate-bench-hostile-'));
  const probe = join(work, 'probe.mjs');
  writeFileSync(
    probe,
    `process.on('exit', () => process.stderr.write('\\nBENCH ' + JSON.stringify({ maxRssKiB: process.resourceUsage().maxRSS }) + '\\n'));\nawait import(${JSON.stringify(bin)});\n`,
  );
  console.log(`\nhostile inputs, each linted or ingested alone (${runs} run(s), median):`);
  let failed = false;
  /**
   * Runs the CLI with `args` on a case's file `runs` times (fewer once one is wrong); `outcome` says what is
   * wrong with a run (`r` as spawnSync gives it, `dir` the case's folder), or undefined.
   */
  const measure = (c, args, outcome) => {
    const dir = join(work, c.file.replace('.', '-'));
    mkdirSync(dir);
    writeFileSync(join(dir, c.file), c.text());
    const times = [];
    let mib = 0;
    let problem;
    for (let i = 0; i < runs && !problem; i++) {
      const start = process.hrtime.bigint();
      const r = spawnSync(process.execPath, [probe, ...args], {
        cwd: dir,
        encoding: 'utf8',
        maxBuffer: 1 << 30,
      });
      times.push(Number(process.hrtime.bigint() - start) / 1e6);
      const line = r.stderr.split('\n').find((l) => l.startsWith('BENCH '));
      if (line) mib = Math.max(mib, JSON.parse(line.slice(6)).maxRssKiB / 1024);
      problem = outcome(r, dir);
    }
    const ms = median(times);
    const ok = !problem && ms <= c.budgetMs && mib <= c.budgetMiB;
    if (!ok) failed = true;
    console.log(
      `${ok ? 'ok  ' : 'OVER'} ${c.name.padEnd(82)} ${ms.toFixed(0).padStart(6)} ms (budget ${c.budgetMs})   peak ${mib.toFixed(0).padStart(4)} MiB (budget ${c.budgetMiB})${problem ? `   WRONG: ${problem}` : ''}`,
    );
  };
  const exitProblem = (r) => `exit ${r.status}: ${r.stderr.trim().split('\n')[0]}`;
  try {
    for (const c of cases)
      measure(c, ['lint', c.file, '--format', 'json'], (r) => {
        if (r.status !== 0 && r.status !== 1) return exitProblem(r);
        const file = JSON.parse(r.stdout).files.find((f) => f.path === c.file);
        return file ? c.check(file) : 'not in the report';
      });
    for (const c of resultCases)
      measure(c, ['ingest', c.file, '--out', 'run.json'], (r, dir) => {
        const out = join(dir, 'run.json');
        const run = existsSync(out) ? JSON.parse(readFileSync(out, 'utf8')) : undefined;
        rmSync(out, { force: true });
        return r.status === 0 ? c.check(run, r.stderr) : exitProblem(r);
      });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return failed;
}
