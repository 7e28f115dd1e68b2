/**
 * The largest and smallest of a list, by a loop: `Math.max(...values)` passes each value as an argument, and a
 * list from a file (rows of a summary, windows of a series, stages of a plan) can hold more than the call
 * stack takes (about 100,000 in V8), which throws "Maximum call stack size exceeded".
 */
export function maxOf(values: Iterable<number>): number {
  let max = Number.NEGATIVE_INFINITY;
  for (const v of values) if (v > max || Number.isNaN(v)) max = v;
  return max;
}

export function minOf(values: Iterable<number>): number {
  let min = Number.POSITIVE_INFINITY;
  for (const v of values) if (v < min || Number.isNaN(v)) min = v;
  return min;
}
