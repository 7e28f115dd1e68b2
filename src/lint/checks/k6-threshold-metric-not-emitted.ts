import { isK6Module, isLocalModule } from '../../scenario/k6/specifiers.js';
import { thresholdEntries } from '../../scenario/k6/threshold-entries.js';
import { parseMetricKey } from '../../scenario/k6/threshold-expression.js';
import type { Scenario } from '../../scenario/model.js';
import { isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

interface Protocol {
  /** Built-in metrics only this protocol's requests emit. */
  metric: (name: string) => boolean;
  /** Modules whose use emits them. */
  modules: readonly string[];
  label: string;
}

const PROTOCOLS: readonly Protocol[] = [
  {
    metric: (n) => n === 'http_reqs' || n.startsWith('http_req_'),
    modules: ['k6/http'],
    label: 'HTTP requests (k6/http)',
  },
  {
    metric: (n) => n.startsWith('ws_'),
    modules: ['k6/ws', 'k6/websockets', 'k6/experimental/websockets'],
    label: 'WebSocket connections (k6/ws, k6/websockets)',
  },
  {
    metric: (n) => n === 'grpc_req_duration',
    modules: ['k6/net/grpc', 'k6/experimental/grpc'],
    label: 'gRPC calls (k6/net/grpc)',
  },
];

/**
 * Modules that may send requests of any protocol we cannot see: extensions, remote libraries (jslib's httpx
 * wraps k6/http), files we could not read, and the experimental browser module, which emitted `http_req_*`
 * before k6 v0.46.
 */
function opaqueImport(scenario: Scenario): boolean {
  return (scenario.imports ?? []).some((ref) => {
    if (isLocalModule(ref.specifier)) return ref.resolved !== true;
    if (!isK6Module(ref.specifier)) return true;
    return ref.specifier.startsWith('k6/x/') || ref.specifier === 'k6/experimental/browser';
  });
}

/**
 * A file k6 could run: one exporting a default function or a scenario's exec function. A shared options
 * module (`utils/options.ts`) exports `options` alone; the scripts importing it send the requests.
 */
function runnable(scenario: Scenario): boolean {
  if (!scenario.exports) return true;
  const names = new Set(scenario.exports.list.map((e) => e.name));
  if (names.has('default')) return true;
  return scenario.workloads.some((w) => w.exec !== undefined && names.has(w.exec));
}

function suggestionFor(metric: string, imported: ReadonlySet<string>): string {
  if (imported.has('k6/browser') && (metric === 'http_req_duration' || metric === 'http_req_failed'))
    return ` Use browser_${metric}, which the browser module emits.`;
  if (metric === 'http_req_duration' && (imported.has('k6/net/grpc') || imported.has('k6/experimental/grpc')))
    return ' Use grpc_req_duration, which gRPC calls emit.';
  return ' Gate a metric the script emits, such as checks with a check() on each response.';
}

/**
 * A threshold on a protocol's built-in metric (`http_req_duration`) in a script that never uses that protocol
 * (a gRPC-only or browser-only test): k6 registers the metric but no sample ever reaches it, so the threshold
 * judges an empty metric and gates nothing. Silent when the script imports anything that might send requests
 * we cannot see.
 */
export const check: CheckFunction = {
  name: 'k6-threshold-metric-not-emitted',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native) || scenario.module || opaqueImport(scenario)) return;
    if (!runnable(scenario)) return;
    const imported = new Set((scenario.imports ?? []).map((r) => r.specifier));
    const uses = [...imported].filter(isK6Module).sort();
    for (const entry of thresholdEntries(scenario.native)) {
      const key = parseMetricKey(entry.key);
      if (!key.ok) continue;
      const name = key.value.name;
      const protocol = PROTOCOLS.find((p) => p.metric(name));
      if (!protocol || protocol.modules.some((m) => imported.has(m))) continue;
      ctx.report({
        loc: entry.keyLoc,
        data: {
          metric: name,
          protocol: protocol.label,
          modules: uses.length > 0 ? uses.join(', ') : 'no k6 protocol module',
          suggestion: suggestionFor(name, imported),
        },
      });
    }
  },
};
