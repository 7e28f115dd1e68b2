/** Number formats shared by the detectors' messages: the same numbers read the same in every finding. */

export function ms(v: number): string {
  if (v >= 10_000) return `${(v / 1000).toFixed(1)} s`;
  if (v >= 100) return `${Math.round(v)} ms`;
  if (v >= 10) return `${v.toFixed(1).replace(/\.0$/, '')} ms`;
  return `${v.toFixed(2).replace(/\.?0+$/, '')} ms`;
}

export function pct(fraction: number): string {
  const p = fraction * 100;
  if (p >= 10 || p === 0) return `${Math.round(p)} %`;
  return `${p.toFixed(1).replace(/\.0$/, '')} %`;
}

/**
 * A whole number with thousands separators, as `toLocaleString('en-US')` writes it (`12,345`), without the ICU
 * call: the first one loads the locale data, some 10 ms that every `check` with a finding paid.
 */
export function count(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+$)/g, ',');
}

export function rate(perSecond: number): string {
  return perSecond >= 10 ? `${Math.round(perSecond)} req/s` : `${perSecond.toFixed(1)} req/s`;
}

export function times(ratio: number): string {
  return ratio >= 10 ? `${Math.round(ratio)}×` : `${ratio.toFixed(1)}×`;
}

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Rounded for JSON evidence: readers want 3 significant decimals, not 17. */
export function round(v: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(v * f) / f;
}
