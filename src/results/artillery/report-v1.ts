import { OVERALL_NAME } from '../endpoint-name.js';
import { finite, isObject, numericEntries, type JsonObject } from '../json.js';
import type { EndpointStats, LatencyStats, ReadResult, Run } from '../model.js';

/**
 * Artillery 1.x `--output` report (result-formats.md §4, "Version differences"): `aggregate.latency` in ms
 * with `null` for percentiles that had no samples, `requestsCompleted` (responses), `errors` and `codes` maps,
 * `phases`. There is no per-endpoint data. Raw `intermediate[].latencies` (nanoseconds) are not used: the
 * aggregate already summarises them. Errors follow the v2 reader's policy: `errors.*` plus status ≥ 400.
 */
export function readArtilleryV1(root: JsonObject, aggregate: JsonObject, file: string): ReadResult {
  const latency: LatencyStats = {};
  const l = isObject(aggregate.latency) ? numericEntries(aggregate.latency) : {};
  if (l.min !== undefined) latency.min = l.min;
  if (l.median !== undefined) latency.median = l.median;
  if (l.max !== undefined) latency.max = l.max;
  if (l.p95 !== undefined) latency.p95 = l.p95;
  if (l.p99 !== undefined) latency.p99 = l.p99;

  const errors = isObject(aggregate.errors) ? numericEntries(aggregate.errors) : {};
  const codes = isObject(aggregate.codes) ? numericEntries(aggregate.codes) : {};
  const byKind: [string, number][] = Object.entries(errors);
  for (const [code, n] of Object.entries(codes)) if (Number(code) >= 400) byKind.push([`HTTP ${code}`, n]);
  const noResponse = Object.values(errors).reduce((s, n) => s + n, 0);
  const completed = finite(aggregate.requestsCompleted);

  // 1.x percentiles are rounded to 0.1 ms and their algorithm changed across 1.x releases: report them as given.
  const overall: EndpointStats = { name: OVERALL_NAME, latency, quality: 'reported-only' };
  const durationSec = phaseDuration(aggregate.phases ?? root.phases) ?? rpsDuration(aggregate.rps);
  if (completed !== undefined) {
    const count = completed + noResponse;
    overall.count = count;
    overall.errors = Math.min(
      byKind.reduce((s, [, n]) => s + n, 0),
      count,
    );
    if (count > 0) overall.errorRate = overall.errors / count;
    if (durationSec) overall.throughput = count / durationSec;
  }
  if (byKind.length > 0) overall.errorsByKind = Object.fromEntries(byKind);

  const run: Run = {
    schema: 'loadgate/run@1',
    source: { tool: 'artillery', format: 'artillery-report', version: '1.x', file },
    profile: {},
    overall,
    endpoints: [],
    thresholds: [],
  };
  if (durationSec !== undefined) run.profile.durationSec = durationSec;
  const created = finite(aggregate.scenariosCreated);
  if (created !== undefined && durationSec) run.profile.arrivalRate = created / durationSec;
  if (typeof aggregate.timestamp === 'string') run.meta = { createdAt: aggregate.timestamp };
  return { run, diagnostics: [] };
}

/** The planned duration: the sum of the phases (1.x wrote numbers or numeric strings). */
function phaseDuration(phases: unknown): number | undefined {
  if (!Array.isArray(phases) || phases.length === 0) return undefined;
  let total = 0;
  for (const phase of phases) {
    const d = isObject(phase) ? Number(phase.duration) : NaN;
    if (!Number.isFinite(d) || d < 0) return undefined;
    total += d;
  }
  return total > 0 ? total : undefined;
}

/** Requests sent / mean rate, when no phases were saved. */
function rpsDuration(rps: unknown): number | undefined {
  if (!isObject(rps)) return undefined;
  const count = finite(rps.count);
  const mean = finite(rps.mean);
  return count && mean ? count / mean : undefined;
}
