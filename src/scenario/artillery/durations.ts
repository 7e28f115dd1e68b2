/**
 * Artillery's duration arithmetic, as its runtime does it (packages/artillery/lib/core/phases.ts and
 * commons/engine_util.js `createThink`), not as its lenient JSON schema describes it.
 */
import { isTemplate } from './templates.js';

export type DurationReading =
  | { kind: 'seconds'; seconds: number }
  | { kind: 'unknown'; reason: string }
  | { kind: 'invalid'; reason: string };

// The `ms` package's grammar (vercel/ms), which Artillery uses for human-readable durations.
const MS_PATTERN =
  /^(-?(?:\d+)?\.?\d+) *(milliseconds?|msecs?|ms|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h|days?|d|weeks?|w|years?|yrs?|y)?$/i;

const UNIT_MS: Record<string, number> = {
  y: 365.25 * 86_400_000,
  w: 7 * 86_400_000,
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  s: 1000,
  ms: 1,
};

/** `ms('5m')` in milliseconds, or undefined when the text is not an `ms` duration. */
export function parseMs(text: string): number | undefined {
  if (text.length === 0 || text.length > 100) return undefined;
  const match = MS_PATTERN.exec(text);
  if (!match) return undefined;
  const n = Number.parseFloat(match[1] ?? '');
  const unit = (match[2] ?? 'ms').toLowerCase();
  return n * UNIT_MS[unitKey(unit)]!;
}

function unitKey(unit: string): string {
  if (/^(years?|yrs?|y)$/.test(unit)) return 'y';
  if (/^(weeks?|w)$/.test(unit)) return 'w';
  if (/^(days?|d)$/.test(unit)) return 'd';
  if (/^(hours?|hrs?|h)$/.test(unit)) return 'h';
  if (/^(minutes?|mins?|m)$/.test(unit)) return 'm';
  if (/^(seconds?|secs?|s)$/.test(unit)) return 's';
  return 'ms';
}

/** lodash `toNumber` for the inputs a YAML scalar can be: trims strings, '' is 0, junk is NaN. */
export function toNumberLikeLodash(value: string | number): number {
  if (typeof value === 'number') return value;
  const trimmed = value.trim();
  if (/^0b[01]+$/i.test(trimmed)) return Number.parseInt(trimmed.slice(2), 2);
  if (/^0o[0-7]+$/i.test(trimmed)) return Number.parseInt(trimmed.slice(2), 8);
  if (/^[-+]0x/i.test(trimmed)) return Number.NaN;
  return Number(trimmed);
}

/**
 * A phase `duration` or `pause`: whole numbers (or whole-number strings) are seconds, anything else goes
 * through `ms()` and is divided by 1000; a result of 0 or NaN makes Artillery throw "Invalid duration for
 * phase". A fractional number such as 1.5 is invalid too: `ms(1.5)` formats instead of parsing.
 */
export function readPhaseDuration(value: unknown): DurationReading {
  if (typeof value === 'string' && isTemplate(value)) return { kind: 'unknown', reason: 'templated' };
  if (typeof value !== 'number' && typeof value !== 'string') {
    return { kind: 'invalid', reason: 'is not a number or a duration string' };
  }
  const n = toNumberLikeLodash(value);
  let seconds: number;
  if (Number.isInteger(n)) seconds = n;
  else if (typeof value === 'string') seconds = (parseMs(value) ?? Number.NaN) / 1000;
  else return { kind: 'invalid', reason: 'is a fractional number of seconds, which Artillery cannot parse' };
  if (Number.isNaN(seconds)) return { kind: 'invalid', reason: 'is not a duration Artillery can parse' };
  if (seconds === 0) return { kind: 'invalid', reason: 'is zero' };
  if (seconds < 0) return { kind: 'invalid', reason: 'is negative' };
  return { kind: 'seconds', seconds };
}

/**
 * A `think` value: numbers are seconds (as documented), whole-number strings too, other strings go
 * through `ms()` like the runtime does.
 */
export function readThinkSeconds(value: unknown): DurationReading {
  if (typeof value === 'string' && isTemplate(value)) return { kind: 'unknown', reason: 'templated' };
  if (typeof value === 'number') {
    return value >= 0 ? { kind: 'seconds', seconds: value } : { kind: 'invalid', reason: 'is negative' };
  }
  if (typeof value !== 'string') return { kind: 'invalid', reason: 'is not a number or a duration string' };
  const n = toNumberLikeLodash(value);
  if (value.trim() !== '' && Number.isInteger(n)) {
    return n >= 0 ? { kind: 'seconds', seconds: n } : { kind: 'invalid', reason: 'is negative' };
  }
  // As in the runtime, a non-integer string such as '0.5' is read by ms() as milliseconds.
  const ms = parseMs(value);
  if (ms === undefined) return { kind: 'invalid', reason: 'is not a duration Artillery can parse' };
  return ms >= 0 ? { kind: 'seconds', seconds: ms / 1000 } : { kind: 'invalid', reason: 'is negative' };
}

/** A numeric phase field (`arrivalRate`, `rampTo`, `arrivalCount`, `maxVusers`): cast with lodash `toNumber`. */
export function readPhaseNumber(
  value: unknown,
): { kind: 'number'; value: number } | { kind: 'unknown' } | { kind: 'invalid' } {
  if (typeof value === 'string' && isTemplate(value)) return { kind: 'unknown' };
  if (typeof value !== 'number' && typeof value !== 'string') return { kind: 'invalid' };
  const n = toNumberLikeLodash(value);
  return Number.isFinite(n) ? { kind: 'number', value: n } : { kind: 'invalid' };
}
