import type { Scenario } from '../model.js';
import { BUILTIN_METRICS, MODULE_METRICS, type MetricType } from './metrics.js';
import { isK6Module, isLocalModule } from './specifiers.js';

/** Metric prefixes k6 modules register only when imported (browser metrics are many and versioned). */
const MODULE_PREFIXES: [RegExp, string][] = [
  [/^k6\/(?:experimental\/)?browser$/, 'browser_'],
  [/^k6\/net\/grpc$|^k6\/experimental\/grpc$/, 'grpc_'],
  [/^k6\/experimental\/websockets$|^k6\/websockets$|^k6\/ws$/, 'ws_'],
];

/** Modules whose metrics we know; any other k6 module may register metrics we have no list of. */
const PLAIN_K6_MODULES = new Set([
  'k6',
  'k6/http',
  'k6/metrics',
  'k6/data',
  'k6/crypto',
  'k6/encoding',
  'k6/execution',
  'k6/html',
  'k6/options',
  'k6/timers',
  'k6/ws',
  'k6/websockets',
  'k6/net/grpc',
  'k6/browser',
  'k6/secrets',
  'k6/experimental/websockets',
  'k6/experimental/browser',
  'k6/experimental/grpc',
  'k6/experimental/fs',
  'k6/experimental/csv',
  'k6/experimental/streams',
]);

/** The type of every metric the script can emit: built-ins, imported modules' metrics, `new Trend('x')`. */
export function metricTypes(scenario: Scenario): Map<string, MetricType> {
  const types = new Map(BUILTIN_METRICS);
  for (const ref of scenario.imports ?? []) {
    for (const [name, type] of MODULE_METRICS.get(ref.specifier) ?? []) types.set(name, type);
  }
  for (const m of scenario.metrics ?? []) if (m.name !== undefined) types.set(m.name, m.type);
  return types;
}

/** Metric-name prefixes that imported k6 modules register (`browser_`, `grpc_`). */
export function modulePrefixes(scenario: Scenario): string[] {
  const prefixes: string[] = [];
  for (const ref of scenario.imports ?? []) {
    for (const [pattern, prefix] of MODULE_PREFIXES) if (pattern.test(ref.specifier)) prefixes.push(prefix);
  }
  return prefixes;
}

/**
 * Why the script may emit metrics we cannot list, or undefined when we can list them all: an extension
 * (`k6/x/...`), a remote or unreadable module, or a metric whose name is computed.
 */
export function unlistedMetricsReason(scenario: Scenario): string | undefined {
  if (scenario.metrics?.some((m) => m.name === undefined))
    return 'a custom metric name is computed at run time';
  for (const ref of scenario.imports ?? []) {
    const spec = ref.specifier;
    if (isK6Module(spec)) {
      if (!PLAIN_K6_MODULES.has(spec)) return `${spec} may register metrics`;
    } else if (isLocalModule(spec)) {
      if (ref.resolved !== true) return `${spec} could not be read`;
    } else {
      return `${spec} may register metrics`;
    }
  }
  return undefined;
}
