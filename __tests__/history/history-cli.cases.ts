import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHistory } from '../../src/history/store.js';
import { runCli } from '../helpers/cli.js';
import { CORPUS, describeCorpus } from '../helpers/corpus.js';
import { commitOf, ingestedRuns } from '../helpers/resampled-runs.js';

describeCorpus('loadgate history over real k6 results with an injected shift', () => {
  const source = join(CORPUS, 'results/k6-json/KirillY__k6-load-template__k6-results.ndjson');

  it('finds the change point at the run where p95 rose, names its commit, and charts the trend', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-history-'));
    const SHIFT_AT = 8;
    const RUNS = 12;
    // Each default-branch run ingested in its own workflow run, as CI would, then appended.
    const files = await ingestedRuns(source, dir, RUNS, SHIFT_AT, 1.3);
    for (const [run, file] of files.entries()) {
      const appended = await runCli(['history', 'append', '--history', 'history.jsonl', file], dir);
      expect(appended.stderr).toContain(`(${run + 1} of at most 100 kept)`);
    }

    const history = parseHistory(readFileSync(join(dir, 'history.jsonl'), 'utf8'), 'history.jsonl');
    expect(history.entries.map((e) => e.commit)).toEqual(Array.from({ length: RUNS }, (_, i) => commitOf(i)));
    expect(history.entries[0]!.runId).toBe('1000');

    const json = await runCli(['history', 'show', '--history', 'history.jsonl', '-f', 'json'], dir);
    const shifts = (
      JSON.parse(json.stdout) as {
        shifts: { endpoint: string; metric: string; index: number; kind: string; change: number }[];
      }
    ).shifts;
    const overall = shifts.find((s) => s.endpoint === '(all requests)' && s.metric === 'p95');
    expect(overall).toMatchObject({ index: SHIFT_AT, kind: 'regression' });
    expect(overall!.change).toBeGreaterThan(0.2);
    expect(overall!.change).toBeLessThan(0.4);
    // Nothing moved but latency: no shift in error rate or throughput is claimed... except what the slower
    // responses do to a closed-model test's throughput, which only ever falls.
    expect(shifts.filter((s) => s.metric === 'errorRate')).toEqual([]);

    const text = await runCli(['history', 'show', '--history', 'history.jsonl'], dir);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(
      `regression: p95 of all requests rose ${Math.round(overall!.change * 100)}% from ${commitOf(SHIFT_AT).slice(0, 7)} (3 runs ago)`,
    );

    const markdown = await runCli(['history', 'show', '--history', 'history.jsonl', '-f', 'markdown'], dir);
    expect(markdown.stdout).toContain('```mermaid\nxychart-beta');
    expect(markdown.stdout).toContain(`p95 of \`all requests\` rose`);

    // The PR's run compared with --history: the chart ends with it, and the text report names the shift.
    const check = await runCli(
      [
        'compare',
        '--baseline',
        `run-${RUNS - 1}.json`,
        '--current',
        `run-${RUNS - 1}.json`,
        '--history',
        'history.jsonl',
        '-f',
        'markdown',
      ],
      dir,
    );
    expect(check.stdout).toContain('### Trend');
    expect(check.stdout).toMatch(/x-axis \[[^\]]*"current"\]/);
    const compareText = await runCli(
      [
        'compare',
        '--baseline',
        `run-${RUNS - 1}.json`,
        '--current',
        `run-${RUNS - 1}.json`,
        '--history',
        'history.jsonl',
      ],
      dir,
    );
    expect(compareText.stdout).toContain(`History (history.jsonl, ${RUNS} runs):`);
    expect(compareText.stdout).toContain(`from ${commitOf(SHIFT_AT).slice(0, 7)} (3 runs ago)`);
  });

  it('reads history.path from .loadgate.yml, relative to it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-history-'));
    writeFileSync(join(dir, 'run.ndjson'), readFileSync(source, 'utf8'));
    for (let run = 0; run < 3; run++) {
      await runCli(['ingest', 'run.ndjson', '--out', `run-${run}.json`], dir, {
        env: { GITHUB_SHA: commitOf(run), GITHUB_RUN_ID: String(run) },
      });
      await runCli(['history', 'append', '--history', 'data/h.jsonl', `run-${run}.json`], dir);
    }
    writeFileSync(join(dir, '.loadgate.yml'), 'history:\n  path: data/h.jsonl\n  max-runs: 50\n  runs: 10\n');
    const compared = await runCli(
      ['compare', '--baseline', 'run-0.json', '--current', 'run-2.json', '-f', 'markdown'],
      dir,
    );
    expect(compared.stdout).toContain('The last 3 runs, then current (the bar).');
    expect(compared.stdout).toContain(
      `x-axis ["${commitOf(0).slice(0, 7)}", "${commitOf(1).slice(0, 7)}", "${commitOf(2).slice(0, 7)}", "current"]`,
    );
  });

  it('prunes to --max-runs, keeping the newest runs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-history-'));
    writeFileSync(join(dir, 'run.ndjson'), readFileSync(source, 'utf8'));
    for (let run = 0; run < 4; run++) {
      await runCli(['ingest', 'run.ndjson', '--out', `run-${run}.json`], dir, {
        env: { GITHUB_SHA: commitOf(run), GITHUB_RUN_ID: String(run) },
      });
      await runCli(['history', 'append', '--history', 'h.jsonl', '--max-runs', '3', `run-${run}.json`], dir);
    }
    const history = parseHistory(readFileSync(join(dir, 'h.jsonl'), 'utf8'), 'h.jsonl');
    expect(history.maxRuns).toBe(3);
    expect(history.entries.map((e) => e.commit)).toEqual([commitOf(1), commitOf(2), commitOf(3)]);
  });
});

describe('loadgate history: bad input', () => {
  it('names the file and line of a bad entry, and exits 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-history-'));
    writeFileSync(
      join(dir, 'h.jsonl'),
      '{"schema":"loadgate/history@1","maxRuns":100}\n{"time":"2026-01-01T00:00:00Z"}\n',
    );
    const shown = await runCli(['history', 'show', '--history', 'h.jsonl'], dir);
    expect(shown.code).toBe(2);
    expect(shown.stderr).toBe('loadgate: h.jsonl:2: "tool" must be a string\n');
  });

  it('refuses a newer schema with a clear line, and a missing file for show', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-history-'));
    writeFileSync(join(dir, 'h.jsonl'), '{"schema":"loadgate/history@2"}\n');
    const newer = await runCli(['history', 'show', '--history', 'h.jsonl'], dir);
    expect(newer.stderr).toContain('schema "loadgate/history@2" is not readable by this loadgate');
    const missing = await runCli(['history', 'show', '--history', 'none.jsonl'], dir);
    expect(missing.stderr).toBe('loadgate: none.jsonl: history file does not exist\n');
    const noRuns = await runCli(['history', 'append', '--history', 'h2.jsonl', 'nothing.json'], dir);
    expect(noRuns.code).toBe(2);
    expect(noRuns.stderr).toContain('nothing.json: error does not exist');
  });

  it('keeps the report going when --history names a bad file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-history-'));
    writeFileSync(join(dir, 'h.jsonl'), 'not json\n');
    writeFileSync(join(dir, 'run.json'), JSON.stringify({ schema: 'nope' }));
    const run = await runCli(['lint', '--history', 'h.jsonl'], dir);
    expect(run.stderr).toContain('--history charts results against past runs; use it with compare or check');
  });
});
