import { describePeerCases, PEER_CASES, PEER_CASES_PRESENT } from '../../helpers/corpus.js';
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aggregationAllowed, BUILTIN_METRICS, type MetricType } from '../../../src/scenario/k6/metrics.js';
import {
  isValidMetricName,
  parseAggregation,
  parseMetricKey,
  parseThresholdExpression,
  scanThresholdExpression,
} from '../../../src/scenario/k6/threshold-expression.js';
import { findings } from '../../helpers/rule-tester.js';

interface PeerCase {
  source: string;
  layer: string;
  expression: unknown;
  metric?: string | null;
  metric_type: string;
  valid: boolean;
  valid_as_threshold: boolean | null;
  notes?: string;
}

// Read only when present: the blocks that use the peer cases are skipped without them.
const cases = (
  PEER_CASES_PRESENT ? JSON.parse(readFileSync(join(PEER_CASES, 'k6-thresholds.json'), 'utf8')) : []
) as PeerCase[];

/**
 * Context the peer test had that the case record does not carry: in these tests the metric registry held
 * other metrics only, so the named one is unregistered whatever `metric_type` says about its neighbours.
 */
const UNREGISTERED = new Set(['metric2']);

/** The expressions of a case: a string, a JSON text (UnmarshalJSON layer), an array, or threshold objects. */
function expressionsOf(c: PeerCase): unknown[] | 'not-an-array' {
  let value = c.expression;
  if (c.layer === 'Thresholds.UnmarshalJSON' && typeof value === 'string') value = JSON.parse(value);
  if (c.layer === 'Thresholds.UnmarshalJSON' && !Array.isArray(value)) return 'not-an-array';
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

/** Would `k6 run` accept this threshold? Built from loadgate's own parser, key parser and type table. */
function loadgateAccepts(c: PeerCase): boolean {
  let type: MetricType | undefined;
  if (typeof c.metric === 'string') {
    const key = parseMetricKey(c.metric);
    if (!key.ok) return false;
    const name = key.value.name;
    const declared = c.metric_type !== 'unknown' && !UNREGISTERED.has(name) && isValidMetricName(name);
    if (!BUILTIN_METRICS.has(name) && !declared) return false;
    type = BUILTIN_METRICS.get(name) ?? (c.metric_type as MetricType);
  } else if (c.metric_type !== 'unknown') {
    // Evaluation-layer cases name only the sink's type: the aggregation must still suit it.
    type = c.metric_type as MetricType;
  }
  const expressions = expressionsOf(c);
  if (expressions === 'not-an-array') return false;
  for (const e of expressions) {
    const text = typeof e === 'object' && e !== null ? (e as { threshold?: unknown }).threshold : e;
    if (typeof text !== 'string') return false;
    const parsed = parseThresholdExpression(text);
    if (!parsed.ok) return false;
    if (type && !aggregationAllowed(type, parsed.value.method)) return false;
  }
  return true;
}

/** Layers that test one piece of k6's parser: compared with that piece, on `valid`. */
const fragmentVerdicts: Record<string, (c: PeerCase) => boolean> = {
  parseThresholdAggregationMethod: (c) => parseAggregation(String(c.expression)).ok,
  scanThresholdExpression: (c) => scanThresholdExpression(String(c.expression)).ok,
  'ParseMetricName (threshold key)': (c) => parseMetricKey(String(c.metric)).ok,
  'metric name charset (Registry.NewMetric)': (c) => isValidMetricName(String(c.metric)),
};

describePeerCases(
  "k6 threshold grammar against k6's own test cases (reference/peer-cases/k6-thresholds.json)",
  () => {
    it('covers every case in the file', () => {
      expect(cases.length).toBe(216);
    });

    const fragmentCases = cases.map((c, i) => [i, c] as const).filter(([, c]) => c.layer in fragmentVerdicts);
    it.each(fragmentCases)('case %i: the parser piece agrees with k6 on `valid`', (_i, c) => {
      expect(fragmentVerdicts[c.layer]?.(c)).toBe(c.valid);
    });

    // Every case with a verdict for a whole threshold, including the fragment layers' full-run verdicts.
    const wholeCases = cases.map((c, i) => [i, c] as const).filter(([, c]) => c.valid_as_threshold !== null);
    it.each(wholeCases)('case %i: loadgate accepts the threshold exactly when `k6 run` would', (_i, c) => {
      expect(loadgateAccepts(c)).toBe(c.valid_as_threshold);
    });
  },
);

describePeerCases('k6/threshold-invalid-expression on the peer expressions', () => {
  // Each distinct expression string, placed on http_req_duration; the rule reports exactly the ones k6's
  // parser rejects (metric types are another rule's business, so only the grammar decides here).
  const expressions = [
    ...new Set(
      cases.flatMap((c) => {
        const list = expressionsOf(c);
        return list === 'not-an-array' ? [] : list.filter((e): e is string => typeof e === 'string');
      }),
    ),
  ];
  it.each(expressions)('%j', (expression) => {
    const code = `import http from 'k6/http';\nexport const options = { thresholds: { http_req_duration: [${JSON.stringify(expression)}] } };\nexport default function () { http.get('https://test.k6.io'); }\n`;
    const found = findings('k6/threshold-invalid-expression', code);
    expect(found.length > 0).toBe(!parseThresholdExpression(expression).ok);
    for (const f of found) expect(f.loc).toMatchObject({ line: 2, column: 60 });
  });
});

describe('k6/threshold-invalid-expression messages', () => {
  const run = (thresholds: string) =>
    findings(
      'k6/threshold-invalid-expression',
      `import 'k6';\nexport const options = { thresholds: ${thresholds} };\n`,
    );

  it('says what is wrong with the expression', () => {
    expect(run("{ http_req_duration: ['p95<500'] }")[0]?.message).toBe(
      'Threshold "p95<500" on "http_req_duration" uses "p95", which is not an aggregation (count, rate, value, avg, min, med, max, p(N)), so k6 refuses to start. Write it as <aggregation><operator><number>, e.g. "p(95)<500" or "rate<0.01".',
    );
    expect(run("{ http_req_duration: ['p(95)<500ms'] }")[0]?.message).toContain(
      'compares with "500ms", which is not a number',
    );
    expect(run("{ http_req_duration: ['p(101)<5'] }")[0]?.message).toContain(
      'has a percentile outside 0-100 ("101")',
    );
  });

  it('reports a bad key, a non-array value, an object without threshold and a bad delay', () => {
    const findings = run(
      "{ 'a{b}': ['avg<1'], http_req_failed: 'rate<0.01', http_reqs: [{ abortOnFail: true }], checks: [{ threshold: 'rate>0.9', delayAbortEval: '10 s' }] }",
    );
    expect(findings.map((f) => f.message)).toEqual([
      'Threshold key "a{b}" has a malformed tag filter "b" (expected tag:value), so k6 refuses to start. Write a tag filter as metric{tag:value}.',
      'Thresholds for "http_req_failed" must be an array of expressions, e.g. ["p(95)<500"]; k6 refuses any other value.',
      'A threshold object for "http_reqs" has no "threshold" expression; add threshold: "p(95)<500".',
      'delayAbortEval "10 s" on "checks" is not a duration k6 accepts; use a value such as "10s" or "1m".',
    ]);
  });

  it('stays silent on expressions built at run time', () => {
    expect(run('{ http_req_duration: [`p(95)<${__ENV.P95}`], ...extra }')).toEqual([]);
  });
});
