import { describe, expect, it } from '@jest/globals';
import { findShifts } from '../../src/history/analyze.js';
import type { HistoryEntry } from '../../src/history/store.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { trendSection } from '../../src/report/markdown-trend.js';
import { report } from '../report/build.js';

const NAME = 'GET /a"]\n```\n@team <b>x</b>';

function entry(i: number, p95: number): HistoryEntry {
  return {
    commit: `${(0xa0 + i).toString(16)}${'1'.repeat(38)}`,
    time: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
    tool: 'k6',
    overall: { count: 100, p95, errorRate: 0.01, throughput: 20 },
    endpoints: { [NAME]: { count: 100, p95, errorRate: 0.01, throughput: 20 } },
  };
}

describe('trend section', () => {
  const entries = Array.from({ length: 10 }, (_, i) => entry(i, i >= 7 ? 118 : 100 + (i % 2)));
  const input = {
    entries,
    current: entry(10, 125),
    shifts: findShifts(entries),
    proposals: [],
    endpoints: [NAME],
    currentLabel: 'this PR',
  };

  it('charts the last runs with the PR run last and marked, folded, and names the change point', () => {
    const md = trendSection(input)!;
    expect(md).toContain(
      '- 🔺 p95 of `all requests` rose 17% from `a711111` \\(2 runs ago\\): 100 ms → 118 ms',
    );
    expect(md).toMatch(
      /<details>\n<summary>Charts: p95, error rate and throughput over the last 10 runs<\/summary>/,
    );
    const chart = md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3) + 3);
    expect(chart).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  title "p95 of all requests (ms)"',
        '  x-axis ["a011111", "a111111", "a211111", "a311111", "a411111", "a511111", "a611111", "a711111", "a811111", "a911111", "this PR"]',
        '  y-axis "ms" 0 --> 144',
        '  bar [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 125]',
        '  line [100, 101, 100, 101, 100, 101, 100, 118, 118, 118, 125]',
        '```',
      ].join('\n'),
    );
  });

  it('keeps a hostile endpoint name from breaking the chart, the fence or the comment', () => {
    const md = trendSection(input)!;
    // In Mermaid: quotes, backticks, newlines and markup are gone.
    expect(md).toContain('title "p95 of GET /a team b x /b (ms)"');
    // In Markdown: one code span on one line, where a mention or a tag is inert.
    expect(md).toContain('- 🔺 p95 of ````GET /a"] ``` @team <b>x</b>```` rose 17%');
    // The mermaid fences stay balanced: every chart closes.
    expect((md.match(/^```/gm) ?? []).length % 2).toBe(0);
  });

  it("goes in the comment's trend slot", () => {
    const md = renderMarkdown(report(), { trend: trendSection(input)! });
    expect(md).toContain('### Trend');
    expect(md).toContain('```mermaid');
  });
});
