import { isLocation } from '../located.js';

/** A value as a message shows it: strings as they are, structures as short JSON. */
export function display(value: unknown): string {
  if (typeof value === 'string') return value;
  if (value === undefined) return 'nothing';
  if (isLocation(value)) return `line ${value.line}`;
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
