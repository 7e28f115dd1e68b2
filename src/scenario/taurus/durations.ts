/**
 * Taurus times (`dehumanize_time`): a number is seconds; a string is one or more number-unit pairs with
 * units `d`, `h`, `m`, `s`, `ms`, or none for seconds (`90`, `1m30s`, `2s500ms`, `0.75`). Anything else
 * (`${__P(duration)}`, `5 minutes`) is undefined: Taurus itself refuses it or resolves it at run time.
 */
const UNIT_SECONDS: Record<string, number> = { d: 86400, h: 3600, m: 60, s: 1, ms: 0.001, '': 1 };

export function taurusSeconds(value: string | number | undefined): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string') return undefined;
  const text = value.trim().toLowerCase();
  if (!/^(-?\d+(\.\d+)?(d|h|ms|m|s)?)+$/.test(text)) return undefined;
  let total = 0;
  for (const part of text.matchAll(/(-?\d+(?:\.\d+)?)(d|h|ms|m|s)?/g)) {
    total += Number(part[1]) * (UNIT_SECONDS[part[2] ?? ''] ?? 1);
  }
  return total;
}
