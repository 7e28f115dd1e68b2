import { describe, expect, it } from '@jest/globals';
import type { Run } from '../../src/results/model.js';
import { describeOrigin, originOf, provenanceOf } from '../../src/results/provenance.js';

const RUN: Run = {
  schema: 'loadgate/run@1',
  source: { tool: 'k6', format: 'k6-ndjson', file: 'a.ndjson, b.ndjson', version: '0.52.0' },
  profile: {},
  overall: { name: '(all requests)', latency: {}, quality: 'sketch' },
  endpoints: [],
  thresholds: [],
};
const NOW = new Date('2026-12-04T12:00:00Z');

describe('provenance', () => {
  it('records GITHUB_* when present, the tool and every file read', () => {
    const p = provenanceOf(
      RUN,
      {
        GITHUB_SHA: 'abc1234ffff',
        GITHUB_REF: 'refs/pull/12/merge',
        GITHUB_HEAD_REF: 'fix/cart',
        GITHUB_RUN_ID: '7',
      },
      NOW,
    );
    expect(p).toEqual({
      createdAt: '2026-12-04T12:00:00.000Z',
      tool: { name: 'k6', version: '0.52.0' },
      sources: [
        { file: 'a.ndjson', format: 'k6-ndjson' },
        { file: 'b.ndjson', format: 'k6-ndjson' },
      ],
      loadgate: expect.any(String),
      commit: 'abc1234ffff',
      ref: 'fix/cart',
      runId: '7',
    });
    expect(provenanceOf(RUN, { GITHUB_REF: 'refs/tags/v1.2' }, NOW).ref).toBe('v1.2');
    expect(provenanceOf(RUN, {}, NOW).commit).toBeUndefined();
  });

  it('tells a baseline by ref, short commit and age', () => {
    const at = (iso: string) => describeOrigin({ ref: 'main', commit: 'abc1234ffff', createdAt: iso }, NOW);
    expect(at('2026-12-02T11:00:00Z')).toBe('main@abc1234, 2 days old');
    expect(at('2026-12-04T09:30:00Z')).toBe('main@abc1234, 2 hours old');
    expect(at('2026-12-04T11:59:30Z')).toBe('main@abc1234, made just now');
    expect(describeOrigin({ commit: 'abc1234ffff' }, NOW)).toBe('abc1234');
    expect(describeOrigin(originOf(RUN), NOW)).toBeUndefined();
    // A run@1 file's meta still names it.
    expect(describeOrigin(originOf({ ...RUN, meta: { ref: 'main' } }), NOW)).toBe('main');
  });
});
