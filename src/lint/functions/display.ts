import { isSourceValue, toPlain, UNKNOWN_MARKER } from '../../scenario/value.js';
import { isLocation } from '../located.js';

/** A value as a message shows it: strings as they are, structures as short JSON, run-time parts as `…`. */
export function display(value: unknown): string {
  if (typeof value === 'string') return value === UNKNOWN_MARKER ? '…' : value;
  if (value === undefined) return 'nothing';
  if (isLocation(value)) return `line ${value.line}`;
  const plain = isSourceValue(value) ? toPlain(value) : value;
  if (typeof plain === 'string') return display(plain);
  const text = (JSON.stringify(plain) ?? String(plain)).split(JSON.stringify(UNKNOWN_MARKER)).join('"…"');
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
