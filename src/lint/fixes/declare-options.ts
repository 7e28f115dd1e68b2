import type { OptionsSlot } from '../../scenario/model.js';
import type { TextEdit } from '../types.js';
import type { PlainValue } from './insert-entry.js';

/** One level of indentation as the file writes it: its smallest indentation of code, tabs or spaces. */
function indentUnit(source: string): string {
  let unit: string | undefined;
  for (const line of source.split(/\r?\n/)) {
    const indent = /^[ \t]*/.exec(line)![0];
    if (indent === '' || indent.length === line.length || /^\s*(\/\/|\/?\*)/.test(line)) continue;
    if (indent.includes('\t')) return '\t';
    if (unit === undefined || indent.length < unit.length) unit = indent;
  }
  return unit ?? '  ';
}

function jsValue(value: PlainValue, quote: string, indent: string, unit: string): string {
  if (typeof value === 'string')
    return quote + value.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`) + quote;
  if (typeof value !== 'object') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => jsValue(v, quote, indent, unit)).join(', ')}]`;
  const inner = Object.entries(value).map(
    ([k, v]) =>
      `${indent}${unit}${/^[A-Za-z_$][\w$]*$/.test(k) ? k : jsValue(k, quote, '', unit)}: ${jsValue(v, quote, indent + unit, unit)},`,
  );
  return `{\n${inner.join('\n')}\n${indent}}`;
}

/**
 * The edit that gives a k6 script without options its first: `export const options = { thresholds: … };`
 * after its imports (or before its first statement), in the file's quotes, semicolons and indentation.
 */
export function declareOptions(
  slot: OptionsSlot | undefined,
  file: string,
  source: string | undefined,
  entries: { [key: string]: PlainValue },
): TextEdit[] | undefined {
  if (!slot || !('at' in slot) || source === undefined) return undefined;
  const declaration = `export const options = ${jsValue(entries, slot.quote, '', indentUnit(source))}${slot.semicolon ? ';' : ''}`;
  // A blank line on either side, as between imports and code.
  const next = source.split(/\r?\n/)[slot.at.line] ?? '';
  const text = slot.after ? `\n\n${declaration}${next.trim() === '' ? '' : '\n'}` : `${declaration}\n\n`;
  return [{ file, start: slot.at, end: slot.at, text }];
}
