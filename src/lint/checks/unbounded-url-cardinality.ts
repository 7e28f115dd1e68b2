import type { Scenario } from '../../scenario/model.js';
import type { CheckFunction } from '../types.js';

/**
 * Each distinct URL becomes its own time series: with an id in the path, k6's memory grows with every id
 * (grafana/k6#2762) and per-endpoint results and thresholds become unreadable. The adapters decide what is
 * bounded (constants, `__ENV`, Artillery's default URL grouping); a name tag groups the rest.
 */
export const check: CheckFunction = {
  name: 'unbounded-url-cardinality',
  run(target, ctx) {
    const scenario = target as Scenario;
    if (!Array.isArray(scenario?.requests)) return;
    for (const r of scenario.requests) {
      if (!r.dynamicUrl || r.boundedUrl || r.name !== undefined) continue;
      ctx.report({
        loc: r.loc,
        messageId: scenario.tool === 'artillery' ? 'artillery' : 'k6',
        data: { method: r.method, url: r.url, template: nameTemplate(r.url) },
      });
    }
  },
};

/** A dynamic part of a URL as the adapters keep it: `${expression}` (k6) or `{{ expression }}` (Artillery). */
const DYNAMIC = /\$\{([^}]*)\}|\{\{([^}]*)\}\}/g;

/**
 * The name to group a URL under, from the URL the script writes: its path with each dynamic part named
 * after the variable it comes from (`${BASE}/items/${item.id}?v=${v}` → `/items/:id`); host and query go.
 */
export function nameTemplate(url: string): string {
  let path = url.split('?')[0] ?? '';
  path = path.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  // A leading dynamic part is the base URL (`${BASE_URL}/items`), not a path segment.
  const lead = /^(\$\{[^}]*\}|\{\{[^}]*\}\})(?=\/|$|\$\{|\{\{)/.exec(path);
  if (lead) path = path.slice(lead[0].length);
  path = path.replace(DYNAMIC, (_, js?: string, tpl?: string) => {
    const names = (js ?? tpl ?? '').match(/[A-Za-z_$][\w$]*/g);
    return `:${names?.[names.length - 1] ?? 'param'}`;
  });
  return path.startsWith('/') ? path : `/${path}`;
}
