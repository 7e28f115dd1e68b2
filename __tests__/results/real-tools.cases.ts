import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Run } from '../../src/results/model.js';
import { runCli } from '../helpers/cli.js';
import {
  MISSING_TOOLS,
  REAL_TOOLS,
  TOOLS_DIR,
  TOOLS_REQUIRED,
  TOOLS_WANTED,
} from '../helpers/real-tools-location.js';

/**
 * Artillery and autocannon, installed from npm into a cache folder by `.ci/run` (never dependencies of
 * loadgate), run for a few seconds against a server this test starts on 127.0.0.1; loadgate then reads what
 * they wrote, through the real CLI, and must agree with what the server counted. Without the tools the suite
 * is skipped (the global setup says so in one line) unless LOADGATE_REAL_TOOLS=required, as in `.ci/run`.
 */

/** Every tool run is killed after this, whatever it is doing. */
const TOOL_TIMEOUT_MS = 60_000;
const GUARD = resolve('__tests__/fixtures/real-tools/loopback-only.cjs');
const present = TOOLS_WANTED && MISSING_TOOLS.length === 0;

/** Requests the server saw, by route template and status. */
class Counts {
  private readonly byKey = new Map<string, number>();
  add(route: string, status: number): void {
    const key = `${route} ${status}`;
    this.byKey.set(key, (this.byKey.get(key) ?? 0) + 1);
  }
  of(route: string, status?: number): number {
    let n = 0;
    for (const [key, v] of this.byKey) {
      const [r, s] = [key.slice(0, key.lastIndexOf(' ')), Number(key.slice(key.lastIndexOf(' ') + 1))];
      if ((route === '*' || r === route) && (status === undefined || s === status)) n += v;
    }
    return n;
  }
  reset(): void {
    this.byKey.clear();
  }
}

/**
 * Three routes: `/health`, `/items/<id>` and `/items/<id>/reviews`, which answers every fifth request with a
 * 500. Counted when the request arrives, so a request still in flight when a tool stops is counted here only.
 */
function startServer(counts: Counts): Promise<{ server: Server; port: number }> {
  let reviews = 0;
  const server = createServer((req, res) => {
    const path = (req.url ?? '').replace(/\?.*$/, '');
    let route = 'other';
    let status = 404;
    if (path === '/health') [route, status] = ['/health', 200];
    else if (/^\/items\/\d+$/.test(path)) [route, status] = ['/items/{id}', 200];
    else if (/^\/items\/\d+\/reviews$/.test(path))
      [route, status] = ['/items/{id}/reviews', ++reviews % 5 === 0 ? 500 : 200];
    counts.add(route, status);
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ ok: status === 200, path }));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, port: (server.address() as AddressInfo).port })),
  );
}

interface ToolRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs a tool asynchronously (the server answers from this process), killed after TOOL_TIMEOUT_MS. */
function runTool(args: string[], cwd: string, netLog: string): Promise<ToolRun> {
  const started = Date.now();
  return new Promise((done, fail) => {
    const child = spawn(REAL_TOOLS.node!, args, {
      cwd,
      env: {
        PATH: process.env.PATH ?? '/usr/bin:/bin',
        HOME: cwd,
        NO_COLOR: '1',
        ARTILLERY_DISABLE_TELEMETRY: 'true',
        NODE_OPTIONS: `--require ${GUARD}`,
        LOADGATE_NET_LOG: netLog,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
      timeout: TOOL_TIMEOUT_MS,
      killSignal: 'SIGKILL',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code, signal) => done({ code, signal, stdout, stderr, ms: Date.now() - started }));
  });
}

/** What the CLI read: the saved run (every count) and the JSON report (what the table shows). */
async function ingest(
  file: string,
  cwd: string,
): Promise<{ run: Run; report: { verdict: string; comparison?: { current: { tool: string } } } }> {
  const saved = join(cwd, `${file}.run.json`);
  const cli = await runCli(
    ['compare', '--baseline', file, '--current', file, '--format', 'json', '--save-run', saved],
    cwd,
  );
  expect(cli.stderr).toBe('');
  expect(cli.code).toBe(0);
  return {
    run: JSON.parse(readFileSync(saved, 'utf8')) as Run,
    report: JSON.parse(cli.stdout) as { verdict: string; comparison?: { current: { tool: string } } },
  };
}

if (!present && TOOLS_REQUIRED) {
  describe('real load-testing tools', () => {
    it('are installed (LOADGATE_REAL_TOOLS=required)', () => {
      expect(`missing in ${TOOLS_DIR}: ${MISSING_TOOLS.join(', ')}`).toBe(`missing in ${TOOLS_DIR}: nothing`);
    });
  });
}

(present ? describe : describe.skip)('real load-testing tools against a local server', () => {
  const counts = new Counts();
  let server: Server;
  let port = 0;
  let work = '';
  let netLog = '';

  beforeAll(async () => {
    ({ server, port } = await startServer(counts));
    work = mkdtempSync(join(tmpdir(), 'loadgate-real-tools-'));
    netLog = join(work, 'network.log');
  });
  afterAll(async () => {
    await new Promise((done) => server.close(done));
    server.closeAllConnections();
    rmSync(work, { recursive: true, force: true });
  });

  it(
    'Artillery: a linted config runs, and loadgate reads its report as the server counted it',
    async () => {
      counts.reset();
      const config = join(work, 'browse.yml');
      writeFileSync(
        config,
        [
          'config:',
          `  target: "http://127.0.0.1:${port}"`,
          '  phases:',
          '    - duration: 3',
          '      arrivalRate: 10',
          '      name: steady',
          '  plugins:',
          '    metrics-by-endpoint: {}',
          '  variables:',
          '    id: [1, 2, 3, 42]',
          'scenarios:',
          '  - name: browse',
          '    flow:',
          '      - get:',
          '          url: "/items/{{ id }}"',
          '      - get:',
          '          url: "/items/{{ id }}/reviews?page=2"',
          '      - get:',
          '          url: "/health"',
          '',
        ].join('\n'),
      );

      // First what a user runs before the test: loadgate lints the config as Artillery, without a parse problem.
      const lint = await runCli(['lint', 'browse.yml', '--format', 'json'], work);
      expect([0, 1]).toContain(lint.code);
      const linted = JSON.parse(lint.stdout) as {
        summary: { files: number; diagnostics: number; unreadable: number };
        files: { path: string; tool: string }[];
      };
      expect(linted.summary).toMatchObject({ files: 1, diagnostics: 0, unreadable: 0 });
      expect(linted.files[0]).toMatchObject({ path: 'browse.yml', tool: 'artillery' });

      const artillery = await runTool(
        [REAL_TOOLS.artillery!, 'run', 'browse.yml', '--output', 'report.json'],
        work,
        netLog,
      );
      expect({
        code: artillery.code,
        signal: artillery.signal,
        stderr: artillery.stderr.slice(-2000),
      }).toEqual({
        code: 0,
        signal: null,
        stderr: expect.any(String),
      });
      expect(existsSync(join(work, 'report.json'))).toBe(true);

      const { run, report } = await ingest('report.json', work);
      expect(report.verdict).toBe('pass');
      expect(run.source).toMatchObject({ tool: 'artillery', format: 'artillery-report' });
      // Artillery waits for every virtual user to finish, so nothing is in flight at the end: counts are exact.
      const total = counts.of('*');
      expect(total).toBeGreaterThan(0);
      expect(run.overall.count).toBe(total);
      expect(run.overall.errors).toBe(counts.of('*', 500));
      expect(run.overall.errorsByKind).toEqual({ 'HTTP 500': counts.of('*', 500) });
      // One row per request of the scenario, not per id: the metrics-by-endpoint plugin names a request by its
      // URL template, whose placeholder loadgate folds into {id} as it folds k6's ids, and the query value is hidden.
      const rows = Object.fromEntries(run.endpoints.map((e) => [e.name, [e.count, e.errors]]));
      expect(rows).toEqual({
        '/items/{id}': [counts.of('/items/{id}'), 0],
        '/items/{id}/reviews?page=*': [
          counts.of('/items/{id}/reviews'),
          counts.of('/items/{id}/reviews', 500),
        ],
        '/health': [counts.of('/health'), 0],
      });
      expect(run.overall.throughput).toBeGreaterThan(0);
      expect(run.overall.latency.p95).toBeGreaterThanOrEqual(0);
      expect(readFileSync(netLog, { encoding: 'utf8', flag: 'a+' })).toBe('');
    },
    3 * TOOL_TIMEOUT_MS,
  );

  it(
    'Artillery evaluates config.ensure only when config.plugins loads the plugin, as artillery/ensure-plugin-not-loaded says',
    async () => {
      // A check no run can pass (a response time under 0 ms), in config.ensure, with and without the plugin.
      const script = (plugins: string[]) =>
        [
          'config:',
          `  target: "http://127.0.0.1:${port}"`,
          '  phases:',
          '    - duration: 1',
          '      arrivalRate: 2',
          ...plugins,
          '  ensure:',
          '    thresholds:',
          '      - http.response_time.max: 0',
          'scenarios:',
          '  - flow:',
          '      - get:',
          '          url: "/health"',
          '',
        ].join('\n');
      writeFileSync(join(work, 'ensure-alone.yml'), script([]));
      writeFileSync(join(work, 'ensure-loaded.yml'), script(['  plugins:', '    ensure: {}']));

      const alone = await runTool([REAL_TOOLS.artillery!, 'run', 'ensure-alone.yml'], work, netLog);
      const loaded = await runTool([REAL_TOOLS.artillery!, 'run', 'ensure-loaded.yml'], work, netLog);
      expect({ code: alone.code, checks: alone.stdout.includes('Checks:') }).toEqual({
        code: 0,
        checks: false,
      });
      expect({ code: loaded.code, checks: loaded.stdout.includes('Checks:') }).toEqual({
        code: 1,
        checks: true,
      });

      const lint = await runCli(['lint', 'ensure-alone.yml', 'ensure-loaded.yml', '--format', 'json'], work);
      const report = JSON.parse(lint.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
      const flagged = report.files
        .filter((f) => f.findings.some((x) => x.ruleId === 'artillery/ensure-plugin-not-loaded'))
        .map((f) => f.path);
      expect(flagged).toEqual(['ensure-alone.yml']);
      expect(readFileSync(netLog, { encoding: 'utf8', flag: 'a+' })).toBe('');
    },
    3 * TOOL_TIMEOUT_MS,
  );

  it(
    'Artillery fails a run of server errors on the criteria lint --fix writes, which maxErrorRate alone passes',
    async () => {
      // Every request is a 500 one time in five (the reviews route), and none fails its virtual user.
      const script = (ensure: string[]) =>
        [
          'config:',
          `  target: "http://127.0.0.1:${port}"`,
          '  phases:',
          '    - duration: 1',
          '      arrivalRate: 5',
          ...ensure,
          'scenarios:',
          '  - flow:',
          '      - get:',
          '          url: "/items/7/reviews"',
          '',
        ].join('\n');
      writeFileSync(
        join(work, 'rate-only.yml'),
        script([
          '  plugins:',
          '    ensure:',
          '      thresholds:',
          '        - http.response_time.p95: 5000',
          '      maxErrorRate: 1',
        ]),
      );
      writeFileSync(join(work, 'fixed.yml'), script([]));
      const fix = await runCli(['lint', 'fixed.yml', '--fix-suggestions'], work);
      expect(fix.stderr).toContain('fixed [no-pass-fail-criteria]');
      expect(readFileSync(join(work, 'fixed.yml'), 'utf8')).toContain('http.codes.500');

      const rateOnly = await runTool([REAL_TOOLS.artillery!, 'run', 'rate-only.yml'], work, netLog);
      const fixed = await runTool([REAL_TOOLS.artillery!, 'run', 'fixed.yml'], work, netLog);
      expect({ code: rateOnly.code, failed: /^fail: /m.test(rateOnly.stdout) }).toEqual({
        code: 0,
        failed: false,
      });
      expect({ code: fixed.code, failed: /^fail: \(\(http\.codes\.500/m.test(fixed.stdout) }).toEqual({
        code: 1,
        failed: true,
      });
      // loadgate says so of the file that passed: its only error criterion does not see HTTP errors.
      const lint = await runCli(['lint', 'rate-only.yml', 'fixed.yml', '--format', 'json'], work);
      const report = JSON.parse(lint.stdout) as { files: { path: string; findings: { ruleId: string }[] }[] };
      expect(
        report.files.map((f) => [f.path, f.findings.some((x) => x.ruleId === 'criteria-latency-only')]),
      ).toEqual([
        ['fixed.yml', false],
        ['rate-only.yml', true],
      ]);
      expect(readFileSync(netLog, { encoding: 'utf8', flag: 'a+' })).toBe('');
    },
    3 * TOOL_TIMEOUT_MS,
  );

  it(
    'autocannon: loadgate reads its --json result as the server counted it, the URL folded',
    async () => {
      counts.reset();
      const connections = 4;
      const autocannon = await runTool(
        [
          REAL_TOOLS.autocannon!,
          '--json',
          '--connections',
          String(connections),
          '--duration',
          '3',
          '--title',
          '',
          `http://127.0.0.1:${port}/items/42/reviews?page=1`,
        ],
        work,
        netLog,
      );
      expect({
        code: autocannon.code,
        signal: autocannon.signal,
        stderr: autocannon.stderr.slice(-2000),
      }).toEqual({
        code: 0,
        signal: null,
        stderr: expect.any(String),
      });
      writeFileSync(join(work, 'autocannon.json'), autocannon.stdout);

      const { run, report } = await ingest('autocannon.json', work);
      expect(report.verdict).toBe('pass');
      expect(run.source).toMatchObject({ tool: 'autocannon', format: 'autocannon-json' });
      expect(run.profile.maxVUs).toBe(connections);
      // autocannon stops its clients mid-request: the server saw up to one request per connection more.
      const served = counts.of('/items/{id}/reviews');
      const failed = counts.of('/items/{id}/reviews', 500);
      expect(served).toBeGreaterThan(0);
      expect(run.overall.count).toBeLessThanOrEqual(served);
      expect(run.overall.count).toBeGreaterThanOrEqual(served - connections);
      expect(run.overall.errors).toBeLessThanOrEqual(failed);
      expect(run.overall.errors).toBeGreaterThanOrEqual(failed - connections);
      expect(run.overall.errors).toBeGreaterThan(0);
      expect(Object.keys(run.overall.errorsByKind ?? {})).toEqual(['HTTP 500']);
      expect(run.endpoints).toEqual([
        expect.objectContaining({
          name: `http://127.0.0.1:${port}/items/{id}/reviews?page=*`,
          path: '/items/{id}/reviews',
          count: run.overall.count,
        }),
      ]);
      expect(run.overall.quality).toBe('reported-only');
      expect(run.overall.latency.p99).toBeGreaterThanOrEqual(run.overall.latency.median ?? 0);
      expect(readFileSync(netLog, { encoding: 'utf8', flag: 'a+' })).toBe('');
    },
    2 * TOOL_TIMEOUT_MS,
  );
});
