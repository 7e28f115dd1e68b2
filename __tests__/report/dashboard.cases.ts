import { describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { UPLOT_JS } from '../../src/generated/uplot-asset.js';
import type { HistoryEntry } from '../../src/history/store.js';
import { chartedEndpoints, dashboardData } from '../../src/report/dashboard/data.js';
import { htmlText, jsonForScript } from '../../src/report/dashboard/embed.js';
import { renderDashboard } from '../../src/report/dashboard/html.js';

function entry(i: number, endpoints: Record<string, number>): HistoryEntry {
  return {
    commit: `${String(i).padStart(2, '0')}${'ab'.repeat(19)}`,
    time: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
    tool: 'k6',
    overall: { count: 1000, p95: 100 + i, errorRate: 0.0123, throughput: 50.123456 },
    endpoints: Object.fromEntries(
      Object.entries(endpoints).map(([name, count]) => [
        name,
        { count, p95: 10 * i, throughput: count / 60 },
      ]),
    ),
  };
}

const HOSTILE = 'GET /a</script><script>alert(1)</script><!--\u2028<img src=x onerror=alert(2)>';

/** The JSON the page's script reads, parsed back as the browser would. */
function embeddedData(html: string): unknown {
  const m = /<script type="application\/json" id="loadgate-data">([\s\S]*?)<\/script>/.exec(html);
  return JSON.parse(m![1]!);
}

describe('trend dashboard HTML', () => {
  it('charts the overall row and the busiest endpoints, one value per run, gaps where a run lacks one', () => {
    const entries = [entry(1, { 'GET /a': 10, 'GET /b': 500 }), entry(2, { 'GET /b': 400, 'GET /c': 5 })];
    expect(chartedEndpoints(entries, 2)).toEqual(['GET /b', 'GET /a']);
    const data = dashboardData({ entries, labels: ['first.json', undefined], maxEndpoints: 2 });
    expect(data.runs.map((r) => r.label)).toEqual(['first.json', '02ababa']);
    const p95 = data.charts.find((c) => c.metric === 'p95')!;
    expect(p95.series).toEqual([
      { name: '(all requests)', values: [101, 102] },
      { name: 'GET /b', values: [10, 20] },
      { name: 'GET /a', values: [10, null] },
    ]);
    // Error rates in percent, numbers cut to 4 significant digits.
    expect(data.charts.find((c) => c.metric === 'errorRate')!.series[0]!.values).toEqual([1.23, 1.23]);
    expect(data.charts.find((c) => c.metric === 'throughput')!.series[0]!.values).toEqual([50.12, 50.12]);
  });

  it('embeds names from result files as data and text, never as markup', () => {
    const html = renderDashboard({
      entries: [entry(1, { [HOSTILE]: 10 })],
      analysis: {
        findings: [
          { detector: 'x', severity: 'high', message: HOSTILE, endpoint: HOSTILE, recommendation: HOSTILE },
        ],
        skipped: [],
      },
    });
    // Only loadgate's own three script elements, and the hostile name survives the round trip exactly.
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(html).not.toContain('<img');
    // U+2028 is written as an escape inside the data, which some JavaScript parsers took for a line end.
    expect(/id="loadgate-data">([^<]*)</.exec(html)![1]).not.toContain('\u2028');
    const data = embeddedData(html) as { charts: { series: { name: string }[] }[] };
    expect(data.charts[0]!.series[1]!.name).toBe(HOSTILE);
    expect(html).toContain('GET /a&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;!--');
    expect(htmlText('"a" & \'b\'')).toBe('&quot;a&quot; &amp; &#39;b&#39;');
    expect(jsonForScript({ a: '</script>&' })).toBe('{"a":"\\u003c/script\\u003e\\u0026"}');
  });

  it('masks credentials in names, as every report does', () => {
    const html = renderDashboard({ entries: [entry(1, { 'GET /x?api_key=s3cr3tvalue': 10 })] });
    expect(html).not.toContain('s3cr3tvalue');
    expect(html).toContain('api_key=••••');
  });

  it('allows only its own inline scripts and style through the Content-Security-Policy, and fetches nothing', () => {
    const html = renderDashboard({ entries: [entry(1, {}), entry(2, {})] });
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!;
    expect(csp).toContain("default-src 'none'");
    const scripts = [...html.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => m[1]!);
    expect(scripts).toHaveLength(2);
    for (const code of scripts)
      expect(csp).toContain(`'sha256-${createHash('sha256').update(code).digest('base64')}'`);
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(csp).toContain(`'sha256-${createHash('sha256').update(style).digest('base64')}'`);
    expect(html).not.toMatch(/\b(?:src|href)=|https?:\/\/(?!github\.com\/leeoniya)/);
    // uPlot is inlined whole; its build holds nothing that would end the script element early.
    expect(UPLOT_JS).not.toMatch(/<\/script|<!--/i);
    expect(scripts[0]).toBe(UPLOT_JS);
  });

  it('is the same bytes for the same runs', () => {
    const input = { entries: [entry(1, { 'GET /a': 1 }), entry(2, { 'GET /a': 2 })] };
    expect(renderDashboard(input)).toBe(renderDashboard(input));
    expect(renderDashboard(input)).toContain('from runs up to 2026-01-01T02:00:00.000Z');
  });

  it('says what is missing instead of leaving sections empty', () => {
    const html = renderDashboard({ entries: [entry(1, {})] });
    expect(html).toContain('No comparison: give at least two runs as result or run files');
    expect(html).toContain('No analysis of the latest run was given.');
    expect(html).not.toContain('Maturity scorecard');
  });
});
