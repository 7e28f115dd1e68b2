import type { Budget, EndpointComparison, MetricId, MetricVerdict } from '../compare/model.js';
import type { LoadProfile } from '../results/model.js';

/** Number formatting shared by the Markdown and terminal renderers, so both say the same thing. */

const MINUS = '\u2212';

const METRIC_LABELS: Record<MetricId, string> = {
  p50: 'p50',
  p90: 'p90',
  p95: 'p95',
  p99: 'p99',
  mean: 'mean',
  'error-rate': 'errors',
  throughput: 'throughput',
};

/** Display order of metrics, and the key order of the JSON report. */
export const METRIC_ORDER: MetricId[] = ['p50', 'p90', 'p95', 'p99', 'mean', 'error-rate', 'throughput'];

export function metricLabel(metric: MetricId): string {
  return METRIC_LABELS[metric] ?? metric;
}

/** `POST /api/checkout` when method and path are known, else the name as the tool gave it. */
export function endpointLabel(endpoint: Pick<EndpointComparison, 'name' | 'method' | 'path'>): string {
  if (endpoint.method && endpoint.path) return `${endpoint.method} ${endpoint.path}`;
  return endpoint.name;
}

function trimZeros(text: string): string {
  return text.includes('.') ? text.replace(/\.?0+$/, '') : text;
}

/** Fewer decimals as numbers grow: 0.42, 4.2, 42, 420. */
function plain(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 10) return String(Math.round(value));
  if (abs >= 1) return trimZeros(value.toFixed(1));
  if (abs === 0) return '0';
  return trimZeros(value.toFixed(abs >= 0.1 ? 2 : 3));
}

/** Values: three significant digits at most (64.3, 412, 0.0421), integers from 100 up. */
function value3(value: number): string {
  const abs = Math.abs(value);
  if (abs >= 100 || abs === 0) return String(Math.round(value));
  return trimZeros(value.toPrecision(3));
}

/** Percent changes: whole numbers from 10 %, one decimal below; anything under 0.05 % is 0. */
function percent(value: number): string {
  const abs = Math.abs(value);
  if (abs < 0.05) return '0';
  return abs >= 10 ? String(Math.round(abs)) : trimZeros(abs.toFixed(1));
}

function signed(value: number, text: string): string {
  if (text === '0') return '0';
  return value > 0 ? `+${text}` : value < 0 ? `${MINUS}${text.replace(/^-/, '')}` : text;
}

export function formatValue(value: number | undefined, unit: MetricVerdict['unit']): string {
  if (value === undefined || !Number.isFinite(value)) return '—';
  switch (unit) {
    case 'ms':
      return Math.abs(value) >= 10_000 ? `${trimZeros((value / 1000).toFixed(1))} s` : `${value3(value)} ms`;
    case 'ratio':
      return `${value3(value * 100)}%`;
    case 'req/s':
      return `${value3(value)} req/s`;
  }
}

/** How a change is shown: percent for latency and throughput, percentage points for error rates. */
type ChangeScale = { kind: 'pct'; base: number } | { kind: 'pp' } | { kind: 'abs' };

function changeScale(verdict: MetricVerdict): ChangeScale {
  if (verdict.unit === 'ratio') return { kind: 'pp' };
  if (verdict.changePct !== undefined && verdict.baseline !== undefined && verdict.baseline !== 0) {
    return { kind: 'pct', base: verdict.baseline };
  }
  return { kind: 'abs' };
}

function scaled(value: number, scale: ChangeScale, verdict: MetricVerdict): string {
  switch (scale.kind) {
    case 'pct':
      return signed(value, percent((value / scale.base) * 100));
    case 'pp':
      return signed(value, plain(Math.abs(value * 100)));
    case 'abs':
      return signed(value, plain(Math.abs(value))) + (verdict.unit === 'ms' ? ' ms' : ' req/s');
  }
}

function suffix(scale: ChangeScale): string {
  return scale.kind === 'pct' ? '%' : scale.kind === 'pp' ? ' pp' : '';
}

/** `+23%`, `+1.7 pp`, `+15 ms`; `—` when there is nothing to compare. */
export function formatChange(verdict: MetricVerdict): string {
  const scale = changeScale(verdict);
  if (scale.kind === 'pct' && verdict.changePct !== undefined) {
    return signed(verdict.changePct, percent(verdict.changePct)) + '%';
  }
  if (verdict.change === undefined || !Number.isFinite(verdict.change)) return '—';
  return scaled(verdict.change, scale, verdict) + suffix(scale);
}

/** `+18 … +28` in the unit the change is shown in, or '' without an interval. */
export function formatInterval(verdict: MetricVerdict): string {
  if (!verdict.ci || !verdict.ci.every(Number.isFinite)) return '';
  const scale = changeScale(verdict);
  const [low, high] = verdict.ci;
  const text = (v: number) => scaled(v, scale, verdict).replace(/ (ms|req\/s)$/, '');
  return `${text(low)} … ${text(high)}`;
}

/** `+10%`, `+0.5 pp`, `+10% and +20 ms` (both must be exceeded), `−5%` for higher-is-better metrics. */
export function formatBudget(budget: Budget, unit: MetricVerdict['unit']): string {
  const sign = budget.direction === 'lower-is-better' ? '+' : MINUS;
  const parts: string[] = [];
  if (budget.relative !== undefined) parts.push(`${sign}${plain(Math.abs(budget.relative))}%`);
  if (budget.absolute !== undefined) {
    const abs = Math.abs(budget.absolute);
    parts.push(
      unit === 'ratio'
        ? `${sign}${plain(abs * 100)} pp`
        : unit === 'ms'
          ? `${sign}${plain(abs)} ms`
          : `${sign}${plain(abs)} req/s`,
    );
  }
  return parts.length > 0 ? parts.join(' and ') : '—';
}

function duration(seconds: number): string {
  if (seconds >= 3600 && seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 60 === 0) return `${seconds / 60} min`;
  if (seconds >= 120) return `${trimZeros((seconds / 60).toFixed(1))} min`;
  return `${plain(seconds)} s`;
}

/** `50 VUs, 2 min`; `10 req/s, 5 min`; '' when nothing is known. */
export function describeProfile(profile: LoadProfile): string {
  const parts: string[] = [];
  if (profile.arrivalRate !== undefined) parts.push(`${plain(profile.arrivalRate)} req/s`);
  if (profile.maxVUs !== undefined) parts.push(`${profile.maxVUs} VU${profile.maxVUs === 1 ? '' : 's'}`);
  if (profile.durationSec !== undefined) parts.push(duration(profile.durationSec));
  if (profile.iterations !== undefined) parts.push(`${profile.iterations} iterations`);
  return parts.join(', ');
}

/**
 * How far past its budget a metric went (1 = exactly at the budget): the larger of change / relative limit
 * and change / absolute limit, so regressions can be ranked across units.
 */
export function overshoot(verdict: MetricVerdict): number {
  const sign = verdict.budget.direction === 'lower-is-better' ? 1 : -1;
  const ratios: number[] = [];
  if (verdict.budget.relative && verdict.changePct !== undefined)
    ratios.push((sign * verdict.changePct) / verdict.budget.relative);
  if (verdict.budget.absolute && verdict.change !== undefined)
    ratios.push((sign * verdict.change) / verdict.budget.absolute);
  if (ratios.length === 0) return sign * (verdict.changePct ?? 0);
  return Math.max(...ratios.filter(Number.isFinite), Number.NEGATIVE_INFINITY);
}

export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** A short commit for headers: the first 7 hex digits. */
export function shortCommit(commit: string | undefined): string | undefined {
  if (!commit) return undefined;
  return /^[0-9a-f]{7,40}$/i.test(commit) ? commit.slice(0, 7) : commit.slice(0, 12);
}
