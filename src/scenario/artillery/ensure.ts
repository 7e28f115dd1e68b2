import type { Location } from '../location.js';
import type { CriteriaSet, Criterion } from '../model.js';
import type { ObjectEntry, SourceValue } from '../value.js';
import { isTemplate } from './templates.js';
import { entriesOf, getEntry, getValue, itemsOf } from './tree.js';

const LEGACY_LATENCY_KEYS = ['min', 'max', 'median', 'p95', 'p99'];

/**
 * Artillery's pass/fail criteria, read the way artillery-plugin-ensure reads them: `config.ensure` wins over
 * `config.plugins.ensure` when both are set (`config.ensure || config.plugins.ensure`), thresholds and
 * legacy keys are always strict, conditions are strict unless `strict` is the boolean false.
 *
 * `configIsLocal` is false when the file cannot hold the whole config (no `config`, or a config without
 * `target` and `environments` that is merged with another file via `--config`): then "no ensure" is unknown.
 */
export function readCriteria(
  document: SourceValue | undefined,
  configIsLocal: boolean,
  fileLoc: Location,
): CriteriaSet {
  const configEntry = getEntry(document, 'config');
  const config = configEntry?.value;
  const anchor = configEntry?.keyLoc ?? fileLoc;
  const ensure = effectiveEnsure(config);
  if (!ensure) return { status: configIsLocal ? 'absent' : 'unknown', items: [], anchor };
  if (ensure.kind === 'unknown') return { status: 'unknown', items: [], anchor };
  const items = readEnsure(ensure);
  if (items.length > 0) return { status: 'present', items, anchor };
  return { status: configIsLocal ? 'absent' : 'unknown', items, anchor };
}

export function effectiveEnsure(config: SourceValue | undefined): SourceValue | undefined {
  return effectiveEnsureIn(config)?.value;
}

/** The `ensure` entry the plugin reads, with its key's location, from the whole document. */
export function effectiveEnsureEntry(document: SourceValue | undefined): ObjectEntry | undefined {
  return effectiveEnsureIn(getValue(document, 'config'));
}

function effectiveEnsureIn(config: SourceValue | undefined): ObjectEntry | undefined {
  const direct = getEntry(config, 'ensure');
  if (direct && isTruthy(direct.value)) return direct;
  const plugin = getEntry(getValue(config, 'plugins'), 'ensure');
  return plugin && isTruthy(plugin.value) ? plugin : undefined;
}

function isTruthy(value: SourceValue): boolean {
  switch (value.kind) {
    case 'null':
      return false;
    case 'string':
      return value.value !== '';
    case 'number':
      return value.value !== 0 && !Number.isNaN(value.value);
    case 'boolean':
      return value.value;
    default:
      return true;
  }
}

export function readEnsure(ensure: SourceValue): Criterion[] {
  const items: Criterion[] = [];
  for (const threshold of itemsOf(getValue(ensure, 'thresholds'))) {
    // The plugin reads only the first key of each entry: one metric per list item.
    const first = entriesOf(threshold)[0];
    if (!first) continue;
    const limit = numeric(first.value);
    const written = limit ?? describeLimit(first.value);
    items.push(
      criterion({
        metric: first.key,
        expression: `${first.key} < ${written}`,
        operator: '<',
        value: limit,
        strict: true,
        loc: first.keyLoc,
      }),
    );
  }
  for (const condition of itemsOf(getValue(ensure, 'conditions'))) {
    if (condition.kind !== 'object') continue;
    const expressionValue = getValue(condition, 'expression');
    const expression = expressionValue?.kind === 'string' ? expressionValue.value : '';
    const strictValue = getValue(condition, 'strict');
    const metrics = metricsInExpression(expression);
    const simple = /^\s*([A-Za-z_$][\w$]*(?:[.\-/][\w$]+)*)\s*(<=|>=|<|>|==|!=)\s*(-?\d+(?:\.\d+)?)\s*$/.exec(
      expression,
    );
    items.push(
      criterion({
        metric: metrics[0] ?? '',
        metricsForConcern: metrics,
        expression,
        operator: simple?.[2],
        value: simple ? Number(simple[3]) : undefined,
        strict: strictValue?.kind === 'boolean' ? strictValue.value : true,
        loc: expressionValue?.loc ?? condition.loc,
      }),
    );
  }
  for (const entry of entriesOf(ensure)) {
    if (!LEGACY_LATENCY_KEYS.includes(entry.key)) continue;
    const limit = numeric(entry.value);
    items.push(
      criterion({
        metric: `http.response_time.${entry.key}`,
        expression: `${entry.key} < ${limit ?? describeLimit(entry.value)}`,
        operator: '<',
        value: limit === undefined ? undefined : Math.trunc(limit),
        strict: true,
        loc: entry.keyLoc,
      }),
    );
  }
  const maxErrorRate = getEntry(ensure, 'maxErrorRate');
  if (maxErrorRate) {
    const limit = numeric(maxErrorRate.value);
    items.push(
      criterion({
        metric: 'maxErrorRate',
        expression: `maxErrorRate < ${limit ?? describeLimit(maxErrorRate.value)}`,
        operator: '<=',
        value: limit,
        strict: true,
        loc: maxErrorRate.keyLoc,
        concerns: 'errors',
      }),
    );
  }
  return items;
}

interface CriterionInput {
  metric: string;
  metricsForConcern?: string[];
  expression: string;
  operator?: string;
  value?: number;
  strict: boolean;
  loc: Location;
  concerns?: Criterion['concerns'];
}

function criterion(input: CriterionInput): Criterion {
  const metrics = input.metricsForConcern ?? [input.metric];
  const c: Criterion = {
    metric: input.metric,
    expression: input.expression,
    concerns: input.concerns ?? concernOf(metrics),
    strict: input.strict,
    loc: input.loc,
  };
  const aggregation = aggregationOf(input.metric);
  if (aggregation) c.aggregation = aggregation;
  if (input.operator) c.operator = input.operator;
  if (input.value !== undefined && Number.isFinite(input.value)) c.value = input.value;
  return c;
}

function numeric(value: SourceValue): number | undefined {
  if (value.kind === 'number') return value.value;
  if (value.kind === 'string' && !isTemplate(value.value) && value.value.trim() !== '') {
    const n = Number(value.value);
    return Number.isFinite(n) ? n : undefined;
  }
  return undefined;
}

function describeLimit(value: SourceValue): string {
  return value.kind === 'string' ? value.value : value.kind;
}

const AGGREGATIONS = /\.(min|max|mean|median|p50|p75|p90|p95|p99|p999|count|rate)$/;

function aggregationOf(metric: string): string | undefined {
  return AGGREGATIONS.exec(metric)?.[1];
}

/** What a set of metrics is about; errors win because an error-rate gate is the one that matters most. */
export function concernOf(metrics: readonly string[]): Criterion['concerns'] {
  const kinds = metrics.map(concernOfMetric);
  for (const kind of ['errors', 'latency', 'throughput', 'checks'] as const)
    if (kinds.includes(kind)) return kind;
  return 'other';
}

function concernOfMetric(metric: string): Criterion['concerns'] {
  if (
    metric === 'maxErrorRate' ||
    /(^|\.)errors(\.|$)/.test(metric) ||
    /(^|\.)codes\.\d/.test(metric) ||
    /^vusers\.failed$/.test(metric) ||
    /^plugins\.expect\.failed/.test(metric) ||
    /\.failed$/.test(metric)
  ) {
    return 'errors';
  }
  if (/response_time|latency|session_length|\.ttfb|first_byte|apdex/.test(metric)) return 'latency';
  if (/request_rate|\.requests$|\.responses$|^vusers\.(created|completed)$|\.rate$/.test(metric))
    return 'throughput';
  if (/^plugins\.expect\.ok/.test(metric)) return 'checks';
  return 'other';
}

// filtrex keywords and functions: never metric names.
const EXPRESSION_WORDS = new Set([
  'and',
  'or',
  'not',
  'in',
  'if',
  'then',
  'else',
  'true',
  'false',
  'abs',
  'ceil',
  'floor',
  'log',
  'log2',
  'log10',
  'max',
  'min',
  'round',
  'sqrt',
  'exists',
  'empty',
  'random',
]);

/**
 * Identifiers in an ensure `expression` (filtrex syntax), in order: the metrics it reads. Names are dotted
 * words, so `a/b` and `a-b` are arithmetic; plugin and error names, which may hold `-` or `/`
 * (`plugins.metrics-by-endpoint.response_time./orders.p95`), are taken whole up to an operator or a space.
 */
export function metricsInExpression(expression: string): string[] {
  const found: string[] = [];
  // filtrex: "double quotes" are strings, 'single quotes' are names with characters a bare name cannot hold.
  for (const quoted of expression.matchAll(/'((?:[^'\\]|\\.)*)'/g)) {
    if (quoted[1] && !found.includes(quoted[1])) found.push(quoted[1]);
  }
  const withoutStrings = expression.replace(/"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'/g, ' ');
  for (const match of withoutStrings.matchAll(
    /\b(?:plugins|errors)\.[^\s<>=!()*+,]+|[A-Za-z_$][\w$]*(?:\.[\w$]+)*/g,
  )) {
    const word = match[0];
    if (EXPRESSION_WORDS.has(word) || found.includes(word)) continue;
    // A function call (`max(a, b)`) is not a metric.
    const after = withoutStrings.slice((match.index ?? 0) + word.length).trimStart();
    if (after.startsWith('(') && !word.includes('.')) continue;
    found.push(word);
  }
  return found;
}
