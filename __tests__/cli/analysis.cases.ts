import { describe, expect, it } from '@jest/globals';
import { join } from 'node:path';
import type { AnalysisResult } from '../../src/analyze/model.js';
import { runCli } from '../helpers/cli.js';
import { REPO } from '../helpers/corpus.js';

const SHOP = join(REPO, '__tests__/fixtures/analysis/artillery-shop');

describe('loadgate compare runs the bottleneck detectors', () => {
  it('names the one endpoint that fails more, in the JSON report, without changing the verdict', async () => {
    const cli = await runCli(
      [
        'compare',
        '--baseline',
        'baseline.json',
        '--current',
        'checkout-fails.json',
        '--format',
        'json',
        '--fail-on',
        'never',
      ],
      SHOP,
    );
    expect(cli.stderr).toBe('');
    const report = JSON.parse(cli.stdout) as { verdict: string; analysis: AnalysisResult };
    expect(report.verdict).toBe('regressed');
    const driver = report.analysis.findings.find(
      (f) => f.detector === 'regression-driver' && f.evidence?.metric === 'error-rate',
    );
    expect(driver).toMatchObject({ endpoint: '/api/checkout' });
    expect(report.analysis.skipped.map((s) => s.detector)).toContain('latency-phases');
  });

  it('reads a Locust log given among the --csv files and reports its CPU warning', async () => {
    const cli = await runCli(
      [
        'compare',
        '--baseline',
        'stderr-run_stats.csv',
        '--current',
        'shop_*.csv',
        '--current',
        'locust.log',
        '--format',
        'json',
        '--fail-on',
        'never',
      ],
      join(REPO, '__tests__/fixtures/analysis/locust-busy'),
    );
    expect(cli.stderr).toBe('');
    const report = JSON.parse(cli.stdout) as { analysis: AnalysisResult };
    const cpu = report.analysis.findings.find((f) => f.evidence?.cpuWarnings !== undefined);
    expect(cpu).toMatchObject({ detector: 'generator-limit', severity: 'high' });
    expect(cpu!.message).toMatch(/^Locust logged "CPU usage above 25%!" 5 s into the run/);
  });

  it('shows the bottlenecks under the verdict in the Markdown comment', async () => {
    const cli = await runCli(
      [
        'compare',
        '--baseline',
        'baseline.json',
        '--current',
        'checkout-fails.json',
        '--format',
        'markdown',
        '--fail-on',
        'never',
      ],
      SHOP,
    );
    const sections = cli.stdout.split('\n\n');
    expect(sections[1]).toMatch(/^\*\*Bottlenecks\*\*/);
    expect(sections[1]).toMatch(
      /`\/api\/checkout`: \/api\/checkout explains 100 % of the error rate regression/,
    );
  });

  it('analyses a run with no baseline too (check), saying which detectors need one', async () => {
    const cli = await runCli(['check', '--current', 'slower.json'], SHOP);
    expect(cli.stdout).toMatch(/analysis: /);
    expect(cli.stdout).toMatch(/not run: .*regression-driver \(needs a baseline/);
  });
});
