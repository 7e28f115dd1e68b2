import type { Request } from '../scenario/model.js';

/**
 * A request as messages show it: the method the code uses and the URL as written (`GET /orders/${id}`).
 * A method k6 only learns at run time (`http.request(method, url)`) is left out rather than guessed.
 */
export function requestLabel(r: Pick<Request, 'method' | 'url'>): string {
  return r.method === 'UNKNOWN' ? r.url : `${r.method} ${r.url}`;
}
