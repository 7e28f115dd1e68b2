import { describe, expect, it } from '@jest/globals';
import { findShifts, limitsFromThresholds, ratchetProposals } from '../../src/history/analyze.js';
import {
  appendEntries,
  emptyHistory,
  HistoryError,
  parseHistory,
  serializeHistory,
  type HistoryEntry,
} from '../../src/history/store.js';

function entry(i: number, p95: number, extra: Partial<HistoryEntry> = {}): HistoryEntry {
  return {
    commit: `${String(i).padStart(2, '0')}${'ab'.repeat(19)}`,
    runId: String(i),
    time: new Date(Date.UTC(2026, 0, 1, i)).toISOString(),
    tool: 'k6',
    overall: { count: 1000, p95, errorRate: 0.001, throughput: 50 },
    endpoints: { 'GET /x': { count: 500, p95, errorRate: 0, throughput: 25 } },
    ...extra,
  };
}

describe('history store', () => {
  it('round-trips through JSON Lines, one run per line', () => {
    const history = appendEntries(emptyHistory(), [entry(1, 100), entry(2, 101)]);
    const text = serializeHistory(history);
    expect(text.split('\n')[0]).toBe('{"schema":"loadgate/history@1","maxRuns":100}');
    expect(text.trimEnd().split('\n')).toHaveLength(3);
    expect(parseHistory(text, 'h.jsonl')).toEqual(history);
  });

  it('prunes to max-runs and replaces a re-run of the same workflow run', () => {
    let history = appendEntries(
      emptyHistory(3),
      [1, 2, 3, 4].map((i) => entry(i, 100)),
    );
    expect(history.entries.map((e) => e.runId)).toEqual(['2', '3', '4']);
    history = appendEntries(history, [entry(4, 150, { time: new Date(Date.UTC(2026, 0, 2)).toISOString() })]);
    expect(history.entries.map((e) => [e.runId, e.overall.p95])).toEqual([
      ['2', 100],
      ['3', 100],
      ['4', 150],
    ]);
  });

  it('names the line of a bad entry', () => {
    const text = '{"schema":"loadgate/history@1"}\n' + JSON.stringify(entry(1, 1)) + '\n{"time":"x"}\n';
    expect(() => parseHistory(text, 'h.jsonl')).toThrow(
      new HistoryError('h.jsonl', 3, '"time" must be an ISO 8601 date'),
    );
  });
});

describe('shifts and ratcheting', () => {
  const entries = Array.from({ length: 12 }, (_, i) => entry(i, (i >= 9 ? 120 : 100) + ((i * 7) % 3)));

  it('names the run where a lasting shift began and how long ago', () => {
    const shifts = findShifts(entries);
    const overall = shifts.find((s) => s.endpoint === '(all requests)' && s.metric === 'p95')!;
    expect(overall).toMatchObject({ index: 9, runsAgo: 2, kind: 'regression', commit: entries[9]!.commit });
  });

  it('reports improvements as improvements', () => {
    const faster = entries.map((e, i) => ({ ...e, overall: { ...e.overall, p95: i >= 6 ? 70 : 100 } }));
    const shift = findShifts(faster).find((s) => s.endpoint === '(all requests)' && s.metric === 'p95')!;
    expect(shift).toMatchObject({ kind: 'improvement', index: 6 });
    expect(shift.change).toBeCloseTo(-0.3, 5);
  });

  it('proposes tightening a limit the last runs stay far under', () => {
    const limits = limitsFromThresholds([
      { metric: 'http_req_duration', expression: 'p(95)<500' },
      { metric: 'http_req_duration{name:GET /x}', expression: 'p(95)<130' },
      { metric: 'http_req_failed', expression: 'rate<0.05' },
      { metric: 'checks', expression: 'rate>0.99' },
    ]);
    expect(limits.map((l) => [l.endpoint, l.metric, l.value])).toEqual([
      ['(all requests)', 'p95', 500],
      ['GET /x', 'p95', 130],
      ['(all requests)', 'errorRate', 0.05],
    ]);
    const proposals = ratchetProposals(entries, limits);
    // 500 ms against a worst of 122 ms: propose 122 × 1.25 rounded up; 130 ms is close enough to stay.
    expect(proposals.map((p) => [p.limit.metric, p.limit.endpoint, p.worst, p.proposed])).toEqual([
      ['p95', '(all requests)', 122, 160],
      ['errorRate', '(all requests)', 0.001, 0.0013],
    ]);
  });
});
