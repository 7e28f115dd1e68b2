const MIN = 60;
const HOUR = 3600;

/** `45 s`, `5 min`, `1.5 h`: a duration in a message, in the largest unit it reaches. */
export function formatDuration(seconds: number): string {
  if (seconds >= HOUR) return `${Math.round((seconds / HOUR) * 10) / 10} h`;
  if (seconds >= MIN) return `${Math.round((seconds / MIN) * 10) / 10} min`;
  return `${Math.round(seconds * 10) / 10} s`;
}
