import type { Diagnostic } from '../model.js';

/**
 * A `.json` script that JSON.parse refuses (a trailing comma, a single-quoted string) but YAML reads:
 * Artillery parses every script with js-yaml, so it still runs and is linted as read, but editors, `jq` and
 * `--fix`'s JSON check treat it as broken. A warning on the line JSON.parse stops at.
 */
export function jsonWarning(text: string, file: string): Diagnostic | undefined {
  if (!/\.json$/i.test(file) || !/^\s*[{[]/.test(text)) return undefined;
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    const offset = position === undefined ? 0 : Math.min(Number(position), text.length);
    const before = text.slice(0, offset).split(/\r\n|\r|\n/);
    const reason = message.replace(/\s*in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '');
    return {
      file,
      severity: 'warning',
      message: `is not valid JSON (${reason.charAt(0).toLowerCase()}${reason.slice(1)}): Artillery reads it as YAML, which accepts this, but JSON tools will not`,
      line: before.length,
      column: (before[before.length - 1]?.length ?? 0) + 1,
    };
  }
}
