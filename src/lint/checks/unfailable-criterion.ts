import { entriesOf, getValue } from '../../scenario/artillery/tree.js';
import { metricNameOf } from '../../scenario/k6/metrics.js';
import type { Criterion, Scenario } from '../../scenario/model.js';
import type { CheckFunction, CheckReport } from '../types.js';

/** k6's default request timeout (k6 docs, "Params": `timeout` defaults to 60s). */
const K6_DEFAULT_TIMEOUT_SEC = 60;
/** Artillery's HTTP engine: `config.timeout || config.http.timeout || 10` seconds (engine_http). */
const ARTILLERY_DEFAULT_TIMEOUT_SEC = 10;
/** k6 metrics of type Rate, whose `rate` is a fraction between 0 and 1. */
const K6_RATE_METRICS = new Set(['http_req_failed', 'checks']);

/**
 * A criterion that no run can break gives the look of a gate without one: an error rate below 100 %, a
 * checks rate of at least 0, a count of at least 0, Artillery `maxErrorRate: 100`, or a latency limit at or
 * above the request timeout (no response can take longer). Each is reported where it is written.
 */
export const check: CheckFunction = {
  name: 'unfailable-criterion',
  run(scenario, ctx) {
    if (!Array.isArray(scenario?.criteria?.items)) return;
    const timeout = requestTimeoutSec(scenario);
    for (const c of scenario.criteria.items) {
      const report = scenario.tool === 'k6' ? k6Finding(scenario, c, timeout) : artilleryFinding(c, timeout);
      if (report) ctx.report(report);
    }
  },
};

function k6Finding(scenario: Scenario, c: Criterion, timeout: number | undefined): CheckReport | undefined {
  const { operator: op, value } = c;
  if (op === undefined || value === undefined || c.aggregation === undefined) return undefined;
  const name = metricNameOf(c.metric);
  const data = { metric: c.metric, expression: c.expression };
  const isRate =
    K6_RATE_METRICS.has(name) || scenario.metrics?.some((m) => m.name === name && m.type === 'rate') === true;
  if (isRate && c.aggregation === 'rate') {
    const rateData = { ...data, suggestion: rateSuggestion(name) };
    if ((op === '<=' && value >= 1) || (op === '<' && value > 1))
      return { loc: c.loc, messageId: 'rateBelow', data: rateData };
    if ((op === '>=' && value <= 0) || (op === '>' && value < 0))
      return { loc: c.loc, messageId: 'rateAbove', data: rateData };
  }
  // Every k6 aggregation (count, rate, value, avg, percentiles) of a built-in metric is never negative.
  if ((op === '>=' && value <= 0) || (op === '>' && value < 0))
    return { loc: c.loc, messageId: 'nonNegative', data };
  if (
    name === 'http_req_duration' &&
    timeout !== undefined &&
    (op === '<' || op === '<=') &&
    value >= timeout * 1000
  ) {
    return { loc: c.loc, messageId: 'timeout', data: { ...data, timeout: `${timeout} s` } };
  }
  return undefined;
}

/**
 * A bar that keeps the metric's meaning: `checks` is the share of checks that passed, so its bar is a floor
 * ('rate>0.99'); `http_req_failed` is a share of failures, so its bar is a ceiling. A custom Rate may be
 * either, so both are named.
 */
function rateSuggestion(name: string): string {
  if (name === 'checks') return "'rate>0.99' (at least 99 % of checks pass)";
  if (name === 'http_req_failed' || /error|fail/i.test(name)) return "'rate<0.01' (at most 1 % fail)";
  return "'rate<0.01' if it counts failures, 'rate>0.99' if it counts successes";
}

function artilleryFinding(c: Criterion, timeout: number | undefined): CheckReport | undefined {
  const { operator: op, value } = c;
  if (op === undefined || value === undefined) return undefined;
  const data = { metric: c.metric, expression: c.expression };
  if (c.metric === 'maxErrorRate') {
    return value >= 100 ? { loc: c.loc, messageId: 'maxErrorRate', data } : undefined;
  }
  if ((op === '>=' && value <= 0) || (op === '>' && value < 0))
    return { loc: c.loc, messageId: 'nonNegative', data };
  if (
    /^http\.response_time\./.test(c.metric) &&
    !['count', 'rate'].includes(c.aggregation ?? '') &&
    timeout !== undefined &&
    (op === '<' || op === '<=') &&
    value >= timeout * 1000
  ) {
    return { loc: c.loc, messageId: 'timeout', data: { ...data, timeout: `${timeout} s` } };
  }
  return undefined;
}

/** The longest timeout any request can have, in seconds; undefined when a timeout cannot be read. */
function requestTimeoutSec(scenario: Scenario): number | undefined {
  if (scenario.tool === 'k6') {
    const explicit = (scenario.requests ?? []).map((r) => r.timeoutSec ?? K6_DEFAULT_TIMEOUT_SEC);
    return Math.max(K6_DEFAULT_TIMEOUT_SEC, ...explicit);
  }
  if (scenario.tool !== 'artillery') return undefined;
  const config = getValue(scenario.native, 'config');
  const scopes = [config, ...entriesOf(getValue(config, 'environments')).map((e) => e.value)];
  const values: number[] = [];
  for (const scope of scopes) {
    for (const raw of [getValue(scope, 'timeout'), getValue(getValue(scope, 'http'), 'timeout')]) {
      if (raw === undefined) continue;
      const n = raw.kind === 'number' ? raw.value : raw.kind === 'string' ? Number(raw.value) : NaN;
      if (!Number.isFinite(n)) return undefined;
      if (n > 0) values.push(n);
    }
  }
  if (values.length === 0) return ARTILLERY_DEFAULT_TIMEOUT_SEC;
  // A config without its own timeout in some environment falls back to the default.
  return Math.max(
    ...values,
    getValue(config, 'timeout') || getValue(getValue(config, 'http'), 'timeout')
      ? 0
      : ARTILLERY_DEFAULT_TIMEOUT_SEC,
  );
}
