import { metricNameOf } from '../scenario/k6/metrics.js';
import { thresholdsEntry } from '../scenario/k6/threshold-entries.js';
import type {
  CheckRef,
  Criterion,
  HostRef,
  Scenario,
  SecretRef,
  ThinkTime,
  Workload,
} from '../scenario/model.js';
import { sameLoad } from '../scenario/profile/compute.js';
import { criteriaComplete, isCentralAggregation } from './criteria.js';
import { k6ErrorCriterion } from './fixes/suggested-criteria.js';
import { constantExecutorLoc, describeLoad, formatPeak, rampedShapes } from './workload.js';

/**
 * Facts every tool's model gets the same way, derived after the adapter read the file and before rules run
 * (`runRules`), so rules state them as data and a new adapter has them without writing any: the `fileName`, a secret's
 * `label` and the environment `variable` to suggest for it, a literal host's `hostname` and whether it is
 * `repeated`, whether the criteria read are `complete` (nothing a spread or another config file may add)
 * with their `counts` by concern and, for k6, the `suggestedErrorCriterion`; per criterion, whether it is `central` (an average or median) and the `firstOfConcern` (the first
 * about latency, errors...). Returns a new scenario; the parsed one is kept.
 */
export function enrichScenario(scenario: Scenario): Scenario {
  const enriched = { ...scenario };
  if (typeof scenario.file === 'string')
    enriched.fileName = scenario.file.replace(/\\/g, '/').split('/').pop() ?? scenario.file;
  if (scenario.criteria && Array.isArray(scenario.criteria.items)) {
    const counts: Record<string, number> = { latency: 0, errors: 0, throughput: 0, checks: 0, other: 0 };
    const items = scenario.criteria.items.map((c): Criterion => {
      const firstOfConcern = counts[c.concerns] === 0;
      counts[c.concerns] = (counts[c.concerns] ?? 0) + 1;
      return { ...c, central: isCentralAggregation(c), firstOfConcern };
    });
    enriched.criteria = {
      ...scenario.criteria,
      items,
      complete: criteriaComplete(scenario),
      counts,
      // http_req_failed is fed by HTTP requests only: a gRPC or WebSocket script fails through its checks.
      ...(scenario.tool === 'k6'
        ? {
            suggestedErrorCriterion: k6ErrorCriterion(scenario),
            judgesChecks: judgesChecks(scenario),
            at: thresholdsEntry(scenario.native)?.keyLoc ?? scenario.criteria.anchor,
          }
        : {}),
    };
  }
  if (Array.isArray(scenario.secrets) && scenario.secrets.length > 0)
    enriched.secrets = scenario.secrets.map(secretFacts);
  if (Array.isArray(scenario.hosts) && scenario.hosts.length > 0) enriched.hosts = hostFacts(scenario.hosts);
  if (Array.isArray(scenario.checks) && scenario.checks.length > 0)
    enriched.checks = checkFacts(scenario.checks);
  if (Array.isArray(scenario.workloads) && scenario.workloads.length > 0)
    enriched.workloads = workloadFacts(scenario);
  if (
    Array.isArray(scenario.thinkTimes) &&
    scenario.thinkTimes.length > 0 &&
    Array.isArray(scenario.workloads)
  )
    enriched.thinkTimes = pauseFacts(scenario);
  // Workloads gain their shape beside what they had: the load, and so the profile, is the parsed one's.
  sameLoad(enriched, scenario);
  return enriched;
}

/**
 * k6: a criterion judges check() results when it is on `checks`, or on a custom Rate or Counter the script
 * adds check() results to (`failures.add(!check(...))`, the pattern of k6's own README).
 */
function judgesChecks(scenario: Scenario): boolean {
  const countsChecks = new Set(
    (scenario.metrics ?? []).filter((m) => m.countsChecks && m.name !== undefined).map((m) => m.name),
  );
  return scenario.criteria.items.some((c) => {
    const metric = metricNameOf(c.metric);
    return metric === 'checks' || countsChecks.has(metric);
  });
}

/** Each check knows whether it is the first of its kind and how many of its kind the file has. */
function checkFacts(checks: readonly CheckRef[]): CheckRef[] {
  const counts = new Map<string, number>();
  for (const c of checks) counts.set(c.kind, (counts.get(c.kind) ?? 0) + 1);
  const seen = new Set<string>();
  return checks.map((c) => {
    const firstOfKind = !seen.has(c.kind);
    seen.add(c.kind);
    return { ...c, firstOfKind, countOfKind: counts.get(c.kind) ?? 0 };
  });
}

/**
 * The load shape of each workload whose every step is known (`lint/workload.ts`), without the tests that
 * say they skip ramps by design and the iteration executors, which cannot ramp: its `peak`, the peak as
 * messages say it (`load`: `50 VUs`) and as a suggestion carries it (`peakText`), how many load stages it
 * has, whether it ends at its peak, and where a ramp-down would go (`endAt`).
 */
function workloadFacts(scenario: Scenario): Workload[] {
  const shapes = new Map(rampedShapes(scenario, 0).map((s) => [s.workload, s]));
  return scenario.workloads.map((workload) => {
    const shape = shapes.get(workload);
    if (!shape) return workload;
    const { stages, peak } = shape;
    const last = stages[stages.length - 1]!;
    return {
      ...workload,
      shape: {
        peak,
        load: describeLoad(workload, peak),
        peakText: formatPeak(peak),
        stages: stages.length,
        endsAtPeak: last.to === peak,
        endAt: constantExecutorLoc(scenario, workload) ?? last.loc,
      },
    };
  });
}

/**
 * Arrival-rate executors start iterations on their own schedule: a pause in a function they run is paced
 * by them, unless a VU-based scenario runs the same function (there the pause paces the loop).
 */
function pauseFacts(scenario: Scenario): ThinkTime[] {
  const closedExecs = new Set(scenario.workloads.filter((w) => w.model !== 'open').map((w) => w.exec));
  const open = scenario.workloads.filter(
    (w) => w.model === 'open' && w.exec !== undefined && !closedExecs.has(w.exec),
  );
  if (open.length === 0) return scenario.thinkTimes;
  return scenario.thinkTimes.map((pause) => {
    const workload = open.find((w) => w.exec === pause.within);
    if (!workload || pause.loc.file !== scenario.file) return pause;
    return { ...pause, pacedBy: { name: workload.name, executor: workload.executor, exec: workload.exec! } };
  });
}

function hostFacts(hosts: readonly HostRef[]): HostRef[] {
  const seen = new Set<string>();
  return hosts.map((host) => {
    if (host.origin !== 'literal') return host;
    const hostname = hostnameOf(host.value);
    const repeated = seen.has(hostname);
    seen.add(hostname);
    return { ...host, hostname, repeated };
  });
}

function hostnameOf(value: string): string {
  return value
    .replace(/^[a-z][a-z0-9+.-]*:\/\//i, '')
    .replace(/[/?#].*$/, '')
    .replace(/:\d+$/, '')
    .toLowerCase();
}

function secretFacts(secret: SecretRef): SecretRef {
  // A token found by its shape outside any key is named by what it is, not by a made-up key.
  const named = secret.key.trim() !== '' && secret.key !== '(string)';
  return {
    ...secret,
    label: named ? `"${secret.key}"` : 'A string',
    variable: named ? envName(secret.key) : 'SECRET',
  };
}

/** The environment variable to suggest: `apiKey` → `API_KEY`, `x-api-key` → `X_API_KEY`. */
function envName(key: string): string {
  const name = key
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase();
  return /^[A-Z_]/.test(name) ? name : 'SECRET';
}
