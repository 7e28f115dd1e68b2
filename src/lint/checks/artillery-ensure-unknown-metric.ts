import { effectiveEnsureEntry, metricsInExpression } from '../../scenario/artillery/ensure.js';
import { classifyMetric, KNOWN_METRICS } from '../../scenario/artillery/metrics.js';
import { processorConfigured } from '../../scenario/artillery/processor.js';
import { entriesOf, getValue, itemsOf } from '../../scenario/artillery/tree.js';
import type { Location } from '../../scenario/location.js';
import { isSourceValue, type SourceValue } from '../../scenario/value.js';
import { closest } from '../../util/closest.js';
import type { CheckContext, CheckFunction } from '../types.js';

const BUILTIN_ENGINES = new Set(['http', 'socketio', 'ws', 'websocket', 'playwright']);
const BUILTIN_PLUGINS = new Set([
  'ensure',
  'apdex',
  'expect',
  'metrics-by-endpoint',
  'publish-metrics',
  'fake-data',
  'slack',
]);

/**
 * ensure reads counters and rates by name and histograms only as `<name>.<aggregation>`; any other name is
 * undefined when the expression runs, and the check fails. Names outside Artillery's own namespaces may be
 * custom metrics: they are reported only when nothing in the file could emit them (no processor, no custom
 * engine, no third-party plugin). Reading the processor's `events.emit(...)` calls is left for later.
 */
export const check: CheckFunction = {
  name: 'artillery-ensure-unknown-metric',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const ensure = effectiveEnsureEntry(scenario.native)?.value;
    if (!ensure) return;
    const customPossible = customMetricsPossible(scenario.native);
    for (const threshold of itemsOf(getValue(ensure, 'thresholds'))) {
      const first = entriesOf(threshold)[0];
      if (first) checkMetric(first.key, first.keyLoc, customPossible, ctx);
    }
    for (const condition of itemsOf(getValue(ensure, 'conditions'))) {
      const expression = getValue(condition, 'expression');
      if (expression?.kind !== 'string') continue;
      for (const metric of metricsInExpression(expression.value))
        checkMetric(metric, expression.loc, customPossible, ctx);
    }
  },
};

function checkMetric(metric: string, loc: Location, customPossible: boolean, ctx: CheckContext): void {
  const verdict = classifyMetric(metric);
  // Suggestions cost an edit distance per known metric: only worth it for a name that is reported.
  const suggestion = () => closest(metric, KNOWN_METRICS) ?? 'http.response_time.p95';
  switch (verdict.kind) {
    case 'known':
      return;
    case 'histogram-without-aggregation':
      ctx.report({ loc, messageId: 'aggregation', data: { metric, suggestion: verdict.suggestion } });
      return;
    case 'unknown':
      ctx.report({ loc, data: { metric, suggestion: suggestion() } });
      return;
    case 'custom':
      if (!customPossible)
        ctx.report({ loc, messageId: 'custom', data: { metric, suggestion: suggestion() } });
  }
}

function customMetricsPossible(document: SourceValue): boolean {
  if (processorConfigured(document) !== 'absent') return true;
  const config = getValue(document, 'config');
  const scopes = [config, ...entriesOf(getValue(config, 'environments')).map((e) => e.value)];
  for (const scope of scopes) {
    if (entriesOf(getValue(scope, 'engines')).some((e) => !BUILTIN_ENGINES.has(e.key))) return true;
    if (entriesOf(getValue(scope, 'plugins')).some((e) => !BUILTIN_PLUGINS.has(e.key))) return true;
  }
  return itemsOf(getValue(document, 'scenarios')).some((s) => {
    const engine = getValue(s, 'engine');
    return engine?.kind === 'string' && !BUILTIN_ENGINES.has(engine.value);
  });
}
