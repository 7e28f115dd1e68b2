/**
 * k6's threshold grammar, transcribed from grafana/k6 `metrics/thresholds_parser.go` and
 * `metrics/metric.go` (ParseMetricName). k6 (since v0.37) parses thresholds itself instead of running them as
 * JavaScript, so a linter can give exactly the verdict `k6 run` would.
 */

/** k6 tries the operators in this order and splits on the first match, so `<=` wins over `<`. */
const OPERATORS = ['<=', '>=', '===', '==', '!=', '>', '<'] as const;
const PLAIN_AGGREGATIONS = new Set(['count', 'rate', 'value', 'avg', 'min', 'med', 'max']);

export interface ParsedAggregation {
  /** `count`, `rate`, `value`, `avg`, `min`, `med`, `max` or `p`. */
  method: string;
  /** The percentile for `p(N)`. */
  percentile?: number;
}

export interface ParsedThreshold {
  /** As written, trimmed: `p(95)`. */
  aggregation: string;
  method: string;
  percentile?: number;
  operator: string;
  value: number;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

/** Go's strconv.ParseFloat for the forms people write: decimals, exponents, Inf and NaN; no spaces. */
export function parseGoFloat(text: string): number | undefined {
  if (/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/.test(text)) return Number(text);
  if (/^[+-]?(?:inf|infinity)$/i.test(text)) return text.startsWith('-') ? -Infinity : Infinity;
  if (/^nan$/i.test(text)) return NaN;
  if (/^[+-]?0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)[pP][+-]?\d+$/.test(text)) {
    const negative = text.startsWith('-');
    const body = text.replace(/^[+-]?0[xX]/, '');
    const [mantissa = '', exponent = '0'] = body.split(/[pP]/);
    const [int = '', frac = ''] = mantissa.split('.');
    let value = int ? Number.parseInt(int, 16) : 0;
    for (let i = 0; i < frac.length; i++) value += Number.parseInt(frac[i] ?? '0', 16) / 16 ** (i + 1);
    value *= 2 ** Number(exponent);
    return negative ? -value : value;
  }
  return undefined;
}

/** Splits `lhs op rhs` on the first operator k6 recognises; both sides trimmed (k6 `scanThresholdExpression`). */
export function scanThresholdExpression(
  input: string,
): Parsed<{ left: string; operator: string; right: string }> {
  for (const op of OPERATORS) {
    const at = input.indexOf(op);
    if (at >= 0) {
      return {
        ok: true,
        value: { left: input.slice(0, at).trim(), operator: op, right: input.slice(at + op.length).trim() },
      };
    }
  }
  return { ok: false, error: 'has no comparison operator (<, <=, >, >=, ==, ===, !=)' };
}

/** `count`, `rate`, `value`, `avg`, `min`, `med`, `max` or `p(N)` with 0 ≤ N ≤ 100 (k6 `parseThresholdAggregationMethod`). */
export function parseAggregation(input: string): Parsed<ParsedAggregation> {
  if (PLAIN_AGGREGATIONS.has(input)) return { ok: true, value: { method: input } };
  if (input.startsWith('p(') && input.endsWith(')') && input.length >= 3) {
    const inner = input.slice(2, -1);
    const percentile = parseGoFloat(inner);
    if (percentile === undefined) return { ok: false, error: `has a malformed percentile "${inner}"` };
    if (Number.isNaN(percentile) || percentile < 0 || percentile > 100) {
      return { ok: false, error: `has a percentile outside 0-100 ("${inner}")` };
    }
    return { ok: true, value: { method: 'p', percentile } };
  }
  return {
    ok: false,
    error: `uses "${input}", which is not an aggregation (count, rate, value, avg, min, med, max, p(N))`,
  };
}

/** A whole expression such as `p(95)<500`, validated the way `k6 run` validates it before the test starts. */
export function parseThresholdExpression(input: string): Parsed<ParsedThreshold> {
  const scanned = scanThresholdExpression(input);
  if (!scanned.ok) return scanned;
  const { left, operator, right } = scanned.value;
  const aggregation = parseAggregation(left);
  if (!aggregation.ok) return aggregation;
  const value = parseGoFloat(right);
  if (value === undefined) return { ok: false, error: `compares with "${right}", which is not a number` };
  const parsed: ParsedThreshold = { aggregation: left, method: aggregation.value.method, operator, value };
  if (aggregation.value.percentile !== undefined) parsed.percentile = aggregation.value.percentile;
  return { ok: true, value: parsed };
}

export interface ParsedMetricKey {
  /** The metric name without the tag filter. */
  name: string;
  /** `key:value` tag filters, trimmed, as k6 keeps them. */
  tags: string[];
}

/** A threshold key: a metric name with an optional `{tag:value,...}` filter (k6 `ParseMetricName`). */
export function parseMetricKey(key: string): Parsed<ParsedMetricKey> {
  const open = key.indexOf('{');
  const close = key.lastIndexOf('}');
  if (open < 0 && close < 0) return { ok: true, value: { name: key, tags: [] } };
  if (open < 0 || close < 0) return { ok: false, error: 'has an unmatched curly brace' };
  if (close < open) return { ok: false, error: 'has a closing curly brace before the opening one' };
  if (close !== key.length - 1)
    return { ok: false, error: 'does not end with the closing curly brace of its tag filter' };
  const tags: string[] = [];
  for (const tag of key.slice(open + 1, close).split(',')) {
    const colon = tag.indexOf(':');
    if (colon < 0 || tag.slice(colon + 1) === '') {
      return { ok: false, error: `has a malformed tag filter "${tag.trim()}" (expected tag:value)` };
    }
    tags.push(tag.trim());
  }
  return { ok: true, value: { name: key.slice(0, open), tags } };
}

/** k6 refuses to create a metric whose name does not match this (k6 `Registry.NewMetric`). */
export function isValidMetricName(name: string): boolean {
  return /^[a-zA-Z_][a-zA-Z0-9_]{1,128}$/.test(name);
}
