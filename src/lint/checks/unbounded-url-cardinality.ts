import { requestLabel } from '../request-label.js';
import type { CheckFunction } from '../types.js';

/**
 * Each distinct URL becomes its own time series: with an id in the path, k6's memory grows with every id
 * (grafana/k6#2762) and per-endpoint results and thresholds become unreadable. The adapters decide what is
 * bounded (constants, `__ENV`, elements of a short constant list, Artillery's default URL grouping); a name
 * tag groups the rest. The message suggests a name built from the request's own method and path.
 */
export const check: CheckFunction = {
  name: 'unbounded-url-cardinality',
  run(scenario, ctx) {
    if (!Array.isArray(scenario?.requests)) return;
    for (const r of scenario.requests) {
      if (!r.dynamicUrl || r.boundedUrl || r.name !== undefined) continue;
      // The name is built from the URL with its constants followed: `${API}/orders/${id}` names its real path.
      const name = requestLabel({ method: r.method, url: endpointTemplate(r.resolvedUrl ?? r.url) });
      ctx.report({
        loc: r.loc,
        messageId:
          scenario.tool === 'artillery' ||
          scenario.tool === 'locust' ||
          scenario.tool === 'gatling' ||
          scenario.tool === 'taurus'
            ? scenario.tool
            : 'k6',
        data: {
          request: requestLabel(r),
          method: r.method,
          url: r.url,
          name,
          example: k6Example(r.method, name),
          pyMethod: r.method.toLowerCase(),
        },
      });
    }
  },
};

/**
 * The path of a URL as a name template: the origin (a leading `${base}` or scheme and host) and the query
 * are dropped, and each run-time part becomes `:word` after the last name in it (`${order.id}` → `:id`).
 */
export function endpointTemplate(url: string): string {
  let path = url
    .replace(/^(?:\$\{[^}]*\}|\{\{[^}]*\}\})+(?=\/)/, '')
    .replace(/^[a-z][a-z0-9+.-]*:\/\/[^/]*/i, '');
  path = path.replace(/\?.*$/, '');
  path = path.replace(
    /\$\{([^}]*)\}|\{\{([^}]*)\}\}/g,
    (_m, js: string | undefined, tpl: string | undefined) => {
      const words = (js ?? tpl ?? '').match(/[A-Za-z_][A-Za-z0-9_]*/g) ?? [];
      const word = [...words]
        .reverse()
        .find((w) => !/^(?:json|toString|String|Math|floor|random|trim)$/.test(w));
      return `:${word ?? 'param'}`;
    },
  );
  return path.startsWith('/') ? path : `/${path}`;
}

/** The call that groups the request, with the params argument where this k6/http function takes it. */
function k6Example(method: string, name: string): string {
  const tags = `{ tags: { name: '${name}' } }`;
  if (method === 'GET' || method === 'HEAD') return `http.${method.toLowerCase()}(url, ${tags})`;
  const fn = { POST: 'post', PUT: 'put', PATCH: 'patch', DELETE: 'del', OPTIONS: 'options' }[method];
  return fn ? `http.${fn}(url, body, ${tags})` : `http.request(method, url, body, ${tags})`;
}
