/**
 * The name of the row that aggregates every request of a run. Parenthesised so it can never collide with a
 * request name a tool reports (a k6 `name` tag or an Artillery path may well be "overall").
 */
export const OVERALL_NAME = '(all requests)';

/**
 * Hides query-string values in a URL or path (`/search?q=*&token=*`). Tools name requests by URL, URLs carry
 * tokens, and endpoint names end up in PR comments and in the stored baseline (result-formats.md §2.9).
 */
export function redactQuery(name: string): string {
  const q = name.indexOf('?');
  if (q < 0) return name;
  const hash = name.indexOf('#', q);
  const query = name.slice(q + 1, hash < 0 ? undefined : hash);
  const redacted = query
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      return eq < 0 ? pair : `${pair.slice(0, eq)}=*`;
    })
    .join('&');
  return `${name.slice(0, q)}?${redacted}`;
}

/** The path of a URL or path (`https://h/api/x?y=1` → `/api/x`), or undefined when the text is neither. */
export function pathOf(urlOrPath: string): string | undefined {
  if (urlOrPath.startsWith('/')) return urlOrPath.replace(/[?#].*$/, '');
  if (!/^[a-z][a-z0-9+.-]*:\/\//i.test(urlOrPath)) return undefined;
  try {
    return new URL(urlOrPath).pathname;
  } catch {
    return undefined;
  }
}
