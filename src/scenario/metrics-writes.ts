import type { Request } from './model.js';

/**
 * A request that pushes the test's own telemetry to a metrics store rather than exercising the system under
 * test: InfluxDB's write API (`/write?db=…` in 1.x, `/api/v2/write?bucket=…` in 2.x) or its port 8086.
 * Plans that report their results from inside the test (a "Post to Influx" sampler) send these; nobody
 * asserts on them, and they are not the requests the load test measures.
 */
export function isMetricsWrite(request: Request): boolean {
  const url = request.url;
  if (/^(?:[a-z][a-z0-9+.-]*:\/\/)?[^/?#]*:8086(?:[/?#]|$)/i.test(url)) return true;
  const match = /(?:^|\/)(?:api\/v2\/)?write(?:\?([^#]*))?$/i.exec(url.replace(/#.*$/, ''));
  if (!match?.[1]) return false;
  return match[1].split('&').some((pair) => /^(?:db|bucket)=/i.test(pair));
}
