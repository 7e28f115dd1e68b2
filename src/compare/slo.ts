import { minimatch } from 'minimatch';
import { OVERALL_NAME } from '../results/endpoint-name.js';
import type { EndpointStats, Run } from '../results/model.js';
import { METRIC_IDS } from './budgets.js';
import { metricValue } from './metric-value.js';
import type { MetricId } from './model.js';

/** `<=` for latency and error rate (a ceiling), `>=` for throughput (a floor); `<`/`>` when written so. */
export type SloOperator = '<' | '<=' | '>' | '>=';

/** One absolute target, parsed: the value in the metric's own unit (ms, fraction, requests per second). */
export interface SloTarget {
  metric: MetricId;
  op: SloOperator;
  value: number;
  /** As written in the config, for reports: `400ms`, `1%`, `>= 50/s`. */
  written: string;
}

/** One `slo:` entry: an endpoint glob (none: the whole run) and its targets. */
export interface SloSpec {
  /** minimatch glob over `METHOD /path` and the endpoint's name; undefined = the overall row. */
  endpoint?: string;
  targets: SloTarget[];
  /** Line of the entry in `.loadgate.yml`. */
  line?: number;
}

export type SloStatus = 'met' | 'violated' | 'no-data';

export interface SloResult {
  /** The endpoint row judged (`(all requests)` for the run), or the glob when it matched nothing. */
  endpoint: string;
  /** The glob as written, when the entry named one. */
  pattern?: string;
  metric: MetricId;
  unit: 'ms' | 'ratio' | 'req/s';
  op: SloOperator;
  /** The target in the metric's unit. */
  target: number;
  written: string;
  /** Undefined when the run does not report the metric for that row, or the glob matched no endpoint. */
  measured?: number;
  status: SloStatus;
  /** The config line of the entry. */
  line?: number;
}

const UNIT: Record<MetricId, SloResult['unit']> = {
  p50: 'ms',
  p90: 'ms',
  p95: 'ms',
  p99: 'ms',
  mean: 'ms',
  'error-rate': 'ratio',
  throughput: 'req/s',
};

const LATENCY_UNITS: Record<string, number> = {
  ms: 1,
  s: 1000,
  us: 0.001,
  µs: 0.001,
  m: 60_000,
  min: 60_000,
};
const RATE_UNITS: Record<string, number> = {
  s: 1,
  sec: 1,
  second: 1,
  m: 1 / 60,
  min: 1 / 60,
  minute: 1 / 60,
};

/**
 * Parses one target as written in `slo:`: `400ms`, `< 1.5s`, `1%`, `<= 0.5 %`, `>= 50/s`, `3000/min`,
 * `50 req/s`. Units are required (a bare `400` could be ms or seconds) and the direction must make sense (a
 * latency ceiling, a throughput floor). Returns the target or one sentence saying what is wrong.
 */
export function parseSloTarget(metric: MetricId, raw: unknown): SloTarget | string {
  const written = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : undefined;
  if (written === undefined || written === '') return `must be a target such as ${example(metric)}`;
  const m = /^(<=|>=|<|>)?\s*([0-9]+(?:\.[0-9]+)?)\s*(.*)$/.exec(written);
  if (!m) return `"${written}" is not a target; write it as ${example(metric)}`;
  const [, writtenOp, number, unitText = ''] = m;
  const amount = Number(number);
  const unit = unitText.trim();
  const lowerBound = metric === 'throughput';
  const op = (writtenOp ?? (lowerBound ? '>=' : '<=')) as SloOperator;
  if (lowerBound !== op.startsWith('>')) {
    return `"${written}" points the wrong way; ${lowerBound ? 'throughput is a floor (">= 50/s")' : `${metric} is a ceiling ("<= ${example(metric)}")`}`;
  }
  let value: number | undefined;
  if (UNIT[metric] === 'ms') {
    if (unit === '') return `"${written}" needs a unit: ${number}ms or ${number}s`;
    const factor = LATENCY_UNITS[unit];
    if (factor === undefined) return `unknown unit "${unit}" in "${written}"; use ms or s`;
    value = amount * factor;
  } else if (UNIT[metric] === 'ratio') {
    if (unit !== '%') return `"${written}" needs a percent sign: ${number}%`;
    if (amount > 100) return `"${written}" is over 100 %`;
    value = amount / 100;
  } else {
    const per = /^(?:req(?:uests)?\s*)?\/\s*([a-z\u00b5]+)$/i.exec(unit);
    const factor = per ? RATE_UNITS[per[1]!.toLowerCase()] : undefined;
    if (factor === undefined)
      return `"${written}" needs a rate unit: ${number}/s, ${number} req/s or ${number}/min`;
    value = amount * factor;
  }
  return { metric, op, value, written };
}

function example(metric: MetricId): string {
  if (UNIT[metric] === 'ms') return '400ms';
  if (UNIT[metric] === 'ratio') return '1%';
  return '">= 50/s"';
}

/** The metric keys an `slo:` entry may hold. */
export const SLO_METRICS: readonly MetricId[] = METRIC_IDS;

/**
 * Checks every target on the run. An entry without `endpoint` judges the overall row; with one, every
 * endpoint the glob matches (by `METHOD /path`, by name, or by path alone), each a result of its own; a glob
 * that matches nothing is one `no-data` result, shown but not failing (the endpoint may be renamed).
 */
export function evaluateSlos(run: Run, specs: readonly SloSpec[]): SloResult[] {
  const results: SloResult[] = [];
  for (const spec of specs) {
    const rows =
      spec.endpoint === undefined ? [run.overall] : run.endpoints.filter((e) => matches(e, spec.endpoint!));
    for (const target of spec.targets) {
      if (rows.length === 0) {
        results.push(result(spec, target, spec.endpoint ?? OVERALL_NAME, undefined));
        continue;
      }
      for (const row of rows)
        results.push(
          result(
            spec,
            target,
            row === run.overall ? OVERALL_NAME : row.name,
            metricValue(row, target.metric),
          ),
        );
    }
  }
  return results;
}

function result(spec: SloSpec, target: SloTarget, endpoint: string, measured: number | undefined): SloResult {
  const r: SloResult = {
    endpoint,
    metric: target.metric,
    unit: UNIT[target.metric],
    op: target.op,
    target: target.value,
    written: target.written,
    status: measured === undefined ? 'no-data' : holds(measured, target) ? 'met' : 'violated',
  };
  if (spec.endpoint !== undefined) r.pattern = spec.endpoint;
  if (measured !== undefined) r.measured = measured;
  if (spec.line !== undefined) r.line = spec.line;
  return r;
}

function holds(measured: number, t: SloTarget): boolean {
  switch (t.op) {
    case '<':
      return measured < t.value;
    case '<=':
      return measured <= t.value;
    case '>':
      return measured > t.value;
    case '>=':
      return measured >= t.value;
  }
}

function matches(e: EndpointStats, glob: string): boolean {
  const candidates = [e.name];
  if (e.path) candidates.push(e.path);
  if (e.method && e.path) candidates.push(`${e.method.toUpperCase()} ${e.path}`);
  return candidates.some((c) => minimatch(c, glob, { nocase: false, dot: true }));
}

/** JSON Schema of `slo:` in `.loadgate.yml`; the targets' units are checked by `parseSloTarget`. */
export const sloConfigSchema: Record<string, unknown> = {
  type: 'array',
  description:
    'Absolute targets (SLOs) checked on the current run, with or without a baseline: per endpoint glob (omitted: the whole run) and metric, e.g. {endpoint: "GET /api/*", p95: 400ms, error-rate: 1%, throughput: ">= 50/s"}.',
  items: {
    type: 'object',
    additionalProperties: false,
    properties: {
      endpoint: {
        type: 'string',
        minLength: 1,
        description:
          'minimatch glob over "METHOD /path", the endpoint name or its path. Omitted: the overall row (all requests).',
      },
      ...Object.fromEntries(
        METRIC_IDS.map((m) => [
          m,
          {
            type: ['string', 'number'],
            description:
              UNIT[m] === 'ms'
                ? `Ceiling on ${m}, with a unit: 400ms, 1.5s, "< 300ms".`
                : UNIT[m] === 'ratio'
                  ? 'Ceiling on the error rate, in percent: 1%, "< 0.5%".'
                  : 'Floor on requests per second: ">= 50/s", "3000/min".',
          },
        ]),
      ),
    },
  },
};
