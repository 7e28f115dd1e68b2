const UNIT_SECONDS: Record<string, number> = {
  ns: 1e-9,
  us: 1e-6,
  µs: 1e-6,
  μs: 1e-6,
  ms: 1e-3,
  s: 1,
  m: 60,
  h: 3600,
  d: 86400,
};

/**
 * A k6 duration in seconds: Go duration syntax (`1m30s`, `500ms`, `1.5h`) plus k6's `d` for days. A bare
 * number is milliseconds, as k6 reads JSON numbers; a string needs units (Go refuses `"30"`). Undefined when
 * k6 would refuse the value.
 */
export function parseK6Duration(value: string | number): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) && value >= 0 ? value / 1000 : undefined;
  const text = value.trim();
  // µ and μ escaped: one non-ASCII character makes Node decode and V8 scan the whole bundle chunk as UTF-16.
  const match = /^([+-]?)((?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|\u00b5s|\u03bcs|ms|s|m|h|d))+$/.exec(text);
  if (!match || text === '0') return text === '0' ? 0 : undefined;
  let total = 0;
  for (const part of text
    .replace(/^[+-]/, '')
    .matchAll(/(\d+(?:\.\d*)?|\.\d+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h|d)/g)) {
    total += Number(part[1]) * (UNIT_SECONDS[part[2] ?? 's'] ?? 1);
  }
  return match[1] === '-' ? undefined : total;
}
