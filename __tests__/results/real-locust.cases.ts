import { describe, expect, it } from '@jest/globals';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../helpers/cli.js';
import { TOOLS_REQUIRED, TOOLS_WANTED } from '../helpers/real-tools-location.js';

/**
 * Real Locust (Debian's python3-locust, installed by .ci/run) against a server this test starts on 127.0.0.1;
 * its `--csv` files then go through the real CLI. Without `locust` on PATH the suite skips, unless
 * LOADGATE_REAL_TOOLS=required (CI), where a missing tool is a failure.
 */
const probe = spawnSync('locust', ['--version'], { encoding: 'utf8', timeout: 20_000 });
const available = !probe.error && probe.status === 0;
const required = TOOLS_REQUIRED;

/**
 * Every user makes these requests once, within about a second and a half, and stops. Locust 2.12 (Debian 12)
 * never flushes its CSV files at exit: `_stats.csv` is rewritten each second (a seek flushes the previous
 * write), so it is complete when the users are done seconds before the end; `_stats_history.csv` is appended
 * and flushed every 10 s (`CSV_STATS_FLUSH_INTERVAL_SEC`), so a run shorter than 10 s leaves only its first row.
 */
const LOCUSTFILE = `
from itertools import count
from gevent import sleep
from locust import HttpUser, task, constant
from locust.exception import StopUser

ids = count(1000)

class Shopper(HttpUser):
    wait_time = constant(0.05)

    @task
    def visit(self):
        for _ in range(4):
            self.client.get(f"/items/{next(ids)}")
            sleep(0.1)
        self.client.post("/cart", json={"item": 1})
        sleep(0.1)
        self.client.get("/missing")
        raise StopUser()
`;

const USERS = 5;

interface Seen {
  total: number;
  byRoute: Map<string, number>;
}

function startServer(seen: Seen): Promise<Server> {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').replace(/\?.*$/, '');
    const route = `${req.method} ${path.replace(/\/\d+$/, '/{id}')}`;
    seen.total++;
    seen.byRoute.set(route, (seen.byRoute.get(route) ?? 0) + 1);
    req.resume();
    req.on('end', () => {
      if (path === '/missing') {
        res.writeHead(404).end('not here');
      } else {
        res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
      }
    });
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs locust to completion, killed after 30 s whatever happens. */
function runLocust(cwd: string, port: number): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(
      'locust',
      [
        '-f',
        'locustfile.py',
        '--headless',
        '-u',
        String(USERS),
        '-r',
        String(USERS),
        '-t',
        '8s',
        '--host',
        `http://127.0.0.1:${port}`,
        '--csv',
        'run',
        '--only-summary',
      ],
      { cwd, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', (error) => {
      clearTimeout(timer);
      resolve({ code: null, output: `could not start locust: ${error.message}` });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    });
  });
}

if (!(available && TOOLS_WANTED) && !required) {
  describe.skip('real Locust', () =>
    it(
      TOOLS_WANTED
        ? 'needs `locust` on PATH (apt-get install python3-locust)'
        : 'runs with LOADGATE_REAL_TOOLS=1',
      () => undefined,
    ));
} else {
  describe('real Locust', () => {
    it('is installed (LOADGATE_REAL_TOOLS=required)', () => {
      expect(probe.error?.message ?? '').toBe('');
      expect(probe.status).toBe(0);
    });

    it('writes --csv files that loadgate reads into one run matching what the server saw', async () => {
      expect(available).toBe(true);
      const dir = mkdtempSync(join(tmpdir(), 'loadgate-locust-'));
      writeFileSync(join(dir, 'locustfile.py'), LOCUSTFILE);
      const seen: Seen = { total: 0, byRoute: new Map() };
      const server = await startServer(seen);
      let locust;
      try {
        locust = await runLocust(dir, (server.address() as AddressInfo).port);
      } finally {
        await new Promise((resolve) => server.close(resolve));
      }
      expect(locust.output).not.toMatch(/Traceback/);
      expect(seen.total).toBe(USERS * 6);

      const files = ['run_stats.csv', 'run_stats_history.csv', 'run_failures.csv', 'run_exceptions.csv'];
      const args = ['compare', '--baseline', 'run_stats.csv'];
      for (const f of files) args.push('--current', f);
      const cli = await runCli([...args, '--format', 'json', '--save-run', 'saved.json', '--no-color'], dir);
      expect(cli.stderr).toBe('');
      const report = JSON.parse(cli.stdout) as {
        results: { path: string; format?: string; diagnostics: unknown[] }[];
      };
      expect(report.results.map((r) => [r.path, r.format, r.diagnostics])).toEqual([
        ['run_stats.csv', 'locust-stats-csv', []],
        ...files.map((f, i) => [
          f,
          ['locust-stats-csv', 'locust-history-csv', 'locust-failures-csv', 'locust-exceptions-csv'][i],
          [],
        ]),
      ]);
      const run = JSON.parse(readFileSync(join(dir, 'saved.json'), 'utf8')) as {
        source: { tool: string; format: string };
        overall: { count: number; errors: number; quality: string };
        endpoints: {
          name: string;
          method?: string;
          count: number;
          errors: number;
          errorsByKind?: Record<string, number>;
        }[];
        series?: { count: number; vus?: number }[];
        folding?: { templatedRequests: number };
      };
      expect(run.source).toMatchObject({ tool: 'locust', format: 'locust-stats-csv' });
      expect(run.overall).toMatchObject({
        count: seen.total,
        errors: seen.byRoute.get('GET /missing'),
        quality: 'bucketed',
      });
      const rows = Object.fromEntries(run.endpoints.map((e) => [`${e.method} ${e.name}`, e]));
      expect(Object.keys(rows).sort()).toEqual(['GET /items/{id}', 'GET /missing', 'POST /cart']);
      for (const [route, n] of seen.byRoute) expect(rows[route]?.count).toBe(n);
      expect(rows['GET /missing']?.errors).toBe(USERS);
      expect(Object.keys(rows['GET /missing']?.errorsByKind ?? {})).toEqual([
        expect.stringMatching(/^HTTPError\('404 Client Error/),
      ]);
      expect(run.folding?.templatedRequests).toBe(USERS * 4);
      // The history is the time series (here only its first, flushed row: see LOCUSTFILE).
      expect(run.series!.reduce((n, w) => n + w.count, 0)).toBeLessThanOrEqual(seen.total);
    });
  });
}
