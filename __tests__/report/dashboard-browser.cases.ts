import { describe, expect, it } from '@jest/globals';
import { copyFileSync, existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AnalysisResult } from '../../src/analyze/model.js';
import { reportCommand } from '../../src/cli/report-command.js';
import { entryOf } from '../../src/history/store.js';
import { readResultFile } from '../../src/engine/read-result-file.js';
import { OVERALL_NAME } from '../../src/results/endpoint-name.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS, CORPUS_PRESENT, REPO } from '../helpers/corpus.js';
import { ingestedRuns } from '../helpers/resampled-runs.js';
import { TOOLS_REQUIRED, TOOLS_WANTED } from '../helpers/real-tools-location.js';

/**
 * The trend dashboard opened in a real headless Chromium (Debian's `chromium`, driven by playwright-core),
 * offline, with every request recorded. Without the browser the suite skips with one line, unless
 * LOADGATE_REAL_TOOLS=required (CI), where a missing browser is a failure. With the shared corpus the runs
 * are real k6 NDJSON runs resampled (the last one 40 % slower); without it, the two k6 summaries of the
 * fixtures. The screenshot goes to $TMPDIR/loadgate-dashboard.png.
 */
const CHROMIUM = process.env.LOADGATE_CHROMIUM || '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const required = TOOLS_REQUIRED;

/** Names and text a result or detector could carry that would be markup, or a request, if not escaped. */
const HOSTILE = `<img src="https://evil.example/x.png" onerror="window.__pwned=1"></script><script>window.__pwned=2</script>`;

/** What a detector could say about the last run: the dashboard renders whatever AnalysisResult it is given. */
function analysisOf(endpoint: string): AnalysisResult {
  return {
    findings: [
      {
        detector: 'endpoint-regression',
        severity: 'high',
        message: `p95 of ${endpoint} rose 40 %; ${HOSTILE}`,
        endpoint,
        window: { start: Date.UTC(2026, 0, 1, 12, 0, 0), end: Date.UTC(2026, 0, 1, 12, 0, 30) },
        recommendation: 'Profile the slow endpoint before scaling anything.',
      },
      {
        detector: 'tail-outliers',
        severity: 'low',
        message: 'p99/p50 is 6.1 on the slowest endpoint.',
        recommendation: 'Look at the slowest requests first.',
      },
    ],
    skipped: [{ detector: 'latency-phases', reason: 'needs per-phase timings: k6 --out json, JMeter JTL' }],
  };
}

async function writeDashboard(dir: string): Promise<{ runs: string[]; html: string }> {
  let runs: string[];
  if (CORPUS_PRESENT) {
    runs = await ingestedRuns(
      join(CORPUS, 'results/k6-json/KirillY__k6-load-template__k6-results.ndjson'),
      dir,
      6,
      5,
      1.4,
    );
  } else {
    runs = ['k6-summary-baseline.json', 'k6-summary-current.json'];
    for (const run of runs) copyFileSync(join(REPO, '__tests__/fixtures/results', run), join(dir, run));
  }
  const maturity = await runCli(
    ['maturity', join(REPO, 'examples'), '-f', 'json', '-o', join(dir, 'maturity.json')],
    dir,
  );
  expect(maturity.code).toBe(0);
  let stderr = '';
  const code = await reportCommand(
    ['--html', '--out', 'dashboard.html', '--maturity', 'maturity.json', ...runs],
    { cwd: dir, env: {}, stdout: { write: () => true }, stderr: { write: (t: string) => (stderr += t) } },
    {
      analyze: (current) =>
        analysisOf(current.endpoints.find((e) => e.name !== OVERALL_NAME)?.name ?? HOSTILE),
    },
  );
  expect({ code, stderr }).toMatchObject({ code: 0 });
  return { runs, html: join(dir, 'dashboard.html') };
}

/** The part of a browser canvas the test reads (the project compiles without the DOM types). */
interface Canvas {
  width: number;
  height: number;
  getContext(
    kind: '2d',
  ): { getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray } } | null;
}

interface ChartState {
  metric: string;
  series: string[];
  data: (number | null)[][];
  canvas: { width: number; height: number; inked: number };
}

if (!(available && TOOLS_WANTED) && !required) {
  describe.skip('the dashboard in headless Chromium', () =>
    it(
      TOOLS_WANTED ? `needs ${CHROMIUM} (apt-get install chromium)` : 'runs with LOADGATE_REAL_TOOLS=1',
      () => undefined,
    ));
} else {
  describe('the dashboard in headless Chromium', () => {
    it('is installed (LOADGATE_REAL_TOOLS=required)', () => {
      expect(existsSync(CHROMIUM)).toBe(true);
    });

    it('renders the runs as uPlot charts offline, with no request and no console error', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'loadgate-dashboard-'));
      const { runs, html } = await writeDashboard(dir);
      const fileUrl = pathToFileURL(html).href;
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
      try {
        const context = await browser.newContext({ offline: true, viewport: { width: 1240, height: 900 } });
        const requests: string[] = [];
        const errors: string[] = [];
        // Anything but the file itself is recorded and refused, whatever its scheme.
        await context.route('**/*', async (route) => {
          const url = route.request().url();
          if (url === fileUrl) return route.continue();
          requests.push(url);
          return route.abort();
        });
        const page = await context.newPage();
        page.on('request', (request) => {
          if (request.url() !== fileUrl) requests.push(request.url());
        });
        page.on('console', (message) => {
          if (message.type() === 'error' || message.type() === 'warning') errors.push(message.text());
        });
        page.on('pageerror', (error) => errors.push(error.message));
        await page.goto(fileUrl, { waitUntil: 'load' });
        await page.waitForFunction(
          () =>
            (globalThis as unknown as { loadgateDashboard?: { charts: unknown[] } }).loadgateDashboard?.charts
              .length === 3,
          undefined,
          { timeout: 10_000 },
        );
        const charts = await page.evaluate(() =>
          (
            globalThis as unknown as {
              loadgateDashboard: {
                charts: { metric: string; series: string[]; data: (number | null)[][]; canvas: Canvas }[];
              };
            }
          ).loadgateDashboard.charts.map((c) => {
            const pixels = c.canvas
              .getContext('2d')!
              .getImageData(0, 0, c.canvas.width, c.canvas.height).data;
            let inked = 0;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i]! > 0) inked++;
            return {
              metric: c.metric,
              series: c.series,
              data: c.data,
              canvas: { width: c.canvas.width, height: c.canvas.height, inked },
            };
          }),
        );
        const shot = join(process.env.TMPDIR || tmpdir(), 'loadgate-dashboard.png');
        await page.screenshot({ path: shot, fullPage: true });
        console.log(`dashboard screenshot: ${shot}`);

        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        // Nothing from the data or the findings became markup.
        expect(
          await page.evaluate(() => (globalThis as unknown as { __pwned?: number }).__pwned),
        ).toBeUndefined();
        expect(await page.locator('img').count()).toBe(0);
        expect(await page.locator('#analysis').innerText()).toContain(
          '<img src="https://evil.example/x.png"',
        );

        // The charts hold each run's numbers, as the history would record them, oldest first.
        const entries = await Promise.all(
          runs.map(async (run) => entryOf((await readResultFile(join(dir, run), run)).run!)),
        );
        const round = (v: number | undefined) => (v === undefined ? null : Number(v.toPrecision(4)));
        expect(charts.map((c) => c.metric)).toEqual(['p95', 'errorRate', 'throughput']);
        for (const chart of charts as ChartState[]) {
          expect(chart.series[0]).toBe(OVERALL_NAME);
          // x, then one array per series, one value per run.
          expect(chart.data).toHaveLength(chart.series.length + 1);
          expect(chart.data[0]).toEqual(runs.map((_, i) => i));
          const value = (e: (typeof entries)[number]['overall']) =>
            chart.metric === 'p95'
              ? e.p95
              : chart.metric === 'errorRate'
                ? e.errorRate === undefined
                  ? undefined
                  : e.errorRate * 100
                : e.throughput;
          expect(chart.data[1]).toEqual(entries.map((e) => round(value(e.overall))));
          for (const [i, name] of chart.series.slice(1).entries())
            expect(chart.data[i + 2]).toEqual(
              entries.map((e) => (e.endpoints[name] ? round(value(e.endpoints[name])) : null)),
            );
          expect(chart.canvas.width).toBeGreaterThan(300);
          // Lines, points and axes were drawn: a blank canvas has no opaque pixel.
          expect(chart.canvas.inked).toBeGreaterThan(1000);
        }
        const p95 = (charts as ChartState[])[0]!;
        expect(p95.series.length).toBeGreaterThan(1);
        // The slowdown is in the data: the last run's p95 is above the first's.
        expect(p95.data[1]!.at(-1)!).toBeGreaterThan(p95.data[1]![0]!);

        // The latest comparison, with the regression called out, the findings and the scorecard.
        const comparison = await page.locator('#comparison').innerText();
        if (CORPUS_PRESENT) expect(comparison).toMatch(/^regressed/m);
        expect(comparison).toContain(`${runs.at(-1)} against ${runs.at(-2)}`);
        expect(await page.locator('#analysis').innerText()).toContain(
          'Next: Profile the slow endpoint before scaling anything.',
        );
        expect(await page.locator('#maturity').innerText()).toMatch(/Level \d/);
        expect(readFileSync(html, 'utf8')).not.toMatch(/<(?:script|link|img|iframe)[^>]+(?:src|href)=/i);
      } finally {
        await browser.close();
      }
    }, 120_000);
  });
}
