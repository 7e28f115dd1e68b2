import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readResultFiles } from '../../../src/engine/read-result-file.js';
import { parseLocustLog } from '../../../src/results/locust/log.js';
import { sniffFormat } from '../../../src/results/readers.js';
import { REPO } from '../../helpers/corpus.js';

/** The real Locust run of __tests__/fixtures/analysis/locust-busy (see its SOURCES.md). */
const DIR = join(REPO, '__tests__/fixtures/analysis/locust-busy');
const file = (name: string) => ({ absolute: join(DIR, name), path: name });

describe('Locust log', () => {
  it('is recognised by content, from --logfile and from standard error (stats tables in between)', () => {
    for (const name of ['locust.log', 'stderr-run.txt'])
      expect(sniffFormat(readFileSync(join(DIR, name), 'latin1').slice(0, 65536), name)?.format).toBe(
        'locust-log',
      );
    expect(sniffFormat('[2024-11-02 23:39:14,706] host/INFO/myapp: started\n', 'app.log')).toBeUndefined();
  });

  it('adds the time of its CPU warning to the run of the --csv files it is given with', async () => {
    const result = await readResultFiles(
      ['shop_stats.csv', 'shop_stats_history.csv', 'shop_failures.csv', 'locust.log'].map(file),
    );
    expect(result.diagnostics).toEqual([]);
    expect(result.fileFormats?.['locust.log']).toBe('locust-log');
    expect(result.run!.delivery?.cpuWarnings).toEqual({
      tool: 'locust',
      count: 1,
      thresholdPct: 25,
      firstAt: '2026-12-04 08:05:35,095',
      offsetSec: 5.008,
      host: 'vm',
      file: 'locust.log',
      line: 5,
    });
    const stderr = await readResultFiles(['stderr-run_stats.csv', 'stderr-run.txt'].map(file));
    expect(stderr.run!.delivery?.cpuWarnings).toMatchObject({ count: 1, line: 24, offsetSec: 5.006 });
  });

  it('alone is no run, and says what to give it with', async () => {
    const result = await readResultFiles([file('locust.log')]);
    expect(result.run).toBeUndefined();
    expect(result.diagnostics).toEqual([
      {
        file: 'locust.log',
        message: expect.stringMatching(
          /^This Locust log has no request counts, so it is no run by itself: give it together with the --csv files/,
        ),
      },
    ]);
  });

  it('without a CPU warning adds nothing, and its end-of-test line alone still counts', async () => {
    // The real log without its two CPU lines, then with only the end-of-test one.
    const lines = readFileSync(join(DIR, 'locust.log'), 'utf8').split('\n');
    const dir = mkdtempSync(join(tmpdir(), 'loadgate-locust-log-'));
    writeFileSync(join(dir, 'quiet.log'), lines.filter((l) => !l.includes('CPU usage')).join('\n'));
    const quiet = await readResultFiles([
      file('shop_stats.csv'),
      { absolute: join(dir, 'quiet.log'), path: 'quiet.log' },
    ]);
    expect(quiet.diagnostics).toEqual([]);
    expect(quiet.run!.delivery?.cpuWarnings).toBeUndefined();
    const summaryOnly = lines.filter((l) => !l.includes('CPU usage above')).join('\n');
    expect(parseLocustLog(summaryOnly, 'x.log').warnings).toEqual({
      tool: 'locust',
      count: 1,
      file: 'x.log',
    });
  });

  it('counts each worker a master names, in the wording of Locust’s runners.py', () => {
    const master = [
      '[2024-05-01 10:00:00,000] master/INFO/locust.main: Starting Locust 2.12.1',
      '[2024-05-01 10:00:42,500] master/WARNING/locust.runners: Worker w1_abc (index 0) exceeded cpu threshold (will only log this once per worker)',
      '[2024-05-01 10:01:10,000] master/WARNING/locust.runners: Worker w2_def (index 1) exceeded cpu threshold (will only log this once per worker)',
      '[2024-05-01 10:05:00,000] master/WARNING/locust.runners: CPU usage threshold was exceeded on workers during the test!',
    ].join('\n');
    expect(parseLocustLog(master, 'master.log').warnings).toMatchObject({
      count: 2,
      workers: 2,
      offsetSec: 42.5,
      firstAt: '2024-05-01 10:00:42,500',
      line: 2,
    });
    expect(parseLocustLog('not a log\n', 'x.log').diagnostics[0]!.message).toMatch(
      /^No Locust log lines found/,
    );
  });
});
