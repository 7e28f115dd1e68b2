/** A k6 metric key split into the metric and its submetric tags: `http_req_duration{name:x,method:GET}`. */
export interface MetricKey {
  metric: string;
  /** Undefined for a plain metric; the tag set of a submetric otherwise. */
  tags?: Record<string, string>;
}

/**
 * Splits a metric key the way k6 names submetrics: tags separated by commas, each `key:value` split at the
 * first colon (values such as `::group` or `https://host:8080/x` keep theirs), values optionally quoted so
 * they may contain commas. A key that does not end its braces is read as a plain metric name.
 */
export function parseMetricKey(key: string): MetricKey {
  const open = key.indexOf('{');
  if (open <= 0 || !key.endsWith('}')) return { metric: key };
  const metric = key.slice(0, open).trim();
  const body = key.slice(open + 1, -1);
  const tags = new Map<string, string>();
  for (const part of splitTags(body)) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    tags.set(part.slice(0, colon).trim(), unquote(part.slice(colon + 1).trim()));
  }
  // fromEntries defines own properties, so a tag named `__proto__` stays a plain key.
  return { metric, tags: Object.fromEntries(tags) };
}

function splitTags(body: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const ch of body) {
    if (quote) {
      if (ch === quote) quote = undefined;
      current += ch;
    } else if (ch === '"' || ch === "'") {
      // A quote opens only at the start of a value, so apostrophes inside names stay literal.
      if (/:\s*$/.test(current)) quote = ch;
      current += ch;
    } else if (ch === ',') {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.filter((p) => p.trim() !== '');
}

function unquote(value: string): string {
  const first = value[0];
  if (value.length >= 2 && (first === '"' || first === "'") && value.endsWith(first))
    return value.slice(1, -1);
  return value;
}

/** The same tag set always gives the same key, whatever order the threshold wrote the tags in. */
export function tagSetKey(tags: Record<string, string>): string {
  return Object.entries(tags)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}:${v}`)
    .join(',');
}
