import type { EndpointStats } from '../results/model.js';

export interface EndpointPair {
  baseline?: EndpointStats;
  current?: EndpointStats;
}

/**
 * Pairs the endpoints of two runs. First by identity: method + path when both are known, else the name,
 * whitespace-normalised. Then, for what is left, by the same key with id-like path segments (numbers, UUIDs,
 * long hex) replaced by `{id}`, when that pairs exactly one with one: runs that hit `/orders/8c1f…` and
 * `/orders/3e9a…` test the same endpoint (result-formats.md §8.7). Current endpoints keep their order;
 * endpoints only in the baseline come last.
 */
export function matchEndpoints(baseline: EndpointStats[], current: EndpointStats[]): EndpointPair[] {
  const pairs: EndpointPair[] = current.map((c) => ({ current: c }));
  const unmatched = new Set(baseline.map((_, i) => i));

  const byKey = new Map<string, number[]>();
  baseline.forEach((b, i) => byKey.set(endpointKey(b), [...(byKey.get(endpointKey(b)) ?? []), i]));
  for (const pair of pairs) {
    const queue = byKey.get(endpointKey(pair.current as EndpointStats));
    const i = queue?.shift();
    if (i !== undefined) {
      pair.baseline = baseline[i];
      unmatched.delete(i);
    }
  }

  const loose = (list: number[], key: (i: number) => string): Map<string, number[]> => {
    const m = new Map<string, number[]>();
    for (const i of list) m.set(key(i), [...(m.get(key(i)) ?? []), i]);
    return m;
  };
  const openPairs = pairs.map((p, i) => (p.baseline ? -1 : i)).filter((i) => i >= 0);
  const currentLoose = loose(openPairs, (i) => idFreeKey(pairs[i]?.current as EndpointStats));
  const baselineLoose = loose([...unmatched], (i) => idFreeKey(baseline[i] as EndpointStats));
  for (const [key, currentIdx] of currentLoose) {
    const baselineIdx = baselineLoose.get(key);
    if (currentIdx.length !== 1 || baselineIdx?.length !== 1) continue;
    const [ci] = currentIdx as [number];
    const [bi] = baselineIdx as [number];
    (pairs[ci] as EndpointPair).baseline = baseline[bi];
    unmatched.delete(bi);
  }

  for (const i of [...unmatched].sort((a, b) => a - b)) pairs.push({ baseline: baseline[i] });
  return pairs;
}

export function endpointKey(e: EndpointStats): string {
  if (e.method && e.path) return `${e.method.toUpperCase()} ${normalisePath(e.path)}`;
  return `name:${e.name.trim().replace(/\s+/g, ' ')}`;
}

function normalisePath(path: string): string {
  return path.length > 1 ? path.replace(/\/+$/, '') : path;
}

const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

/** The key with id-like path segments generalised. */
export function idFreeKey(e: EndpointStats): string {
  return endpointKey(e)
    .replace(UUID, '{id}')
    .replace(/\/(?=[0-9a-f]*\d)[0-9a-f]{12,}(?=\/|$|\?|\s)/gi, '/{id}')
    .replace(/\/\d+(?=\/|$|\?|\s)/g, '/{id}');
}
