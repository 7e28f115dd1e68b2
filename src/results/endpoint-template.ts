import { redactQuery } from './endpoint-name.js';

/**
 * Folds the variable parts of a request name into a template: `/booking/1007` → `/booking/{id}`,
 * `https://h/users/3f2a…-…/cart` → `https://h/users/{id}/cart`. Tools name requests by URL unless the script
 * names them (k6 `name` defaults to the URL, Locust and Artillery take what the script passes), so a run over
 * 500 booking ids would otherwise be 500 endpoints of one request each, none comparable with the baseline
 * (result-formats.md §8.7). Only path segments that are certainly ids are folded; words stay. Query values are
 * hidden as `redactQuery` does.
 */
export function templateName(name: string): string {
  const q = name.search(/[?#]/);
  const path = q < 0 ? name : name.slice(0, q);
  // Only URL-ish names have segments; a JMeter label like "UC01_02 Get users" is a name, not a path.
  const start = path.startsWith('/') ? 0 : schemeEnd(path);
  let folded = path;
  if (start >= 0) {
    const head = path.slice(0, start);
    const segments = path.slice(start).split('/');
    let changed = false;
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i]!;
      if (s !== '' && isIdSegment(s)) {
        segments[i] = '{id}';
        changed = true;
      }
    }
    if (changed) folded = head + segments.join('/');
  }
  return q < 0 ? folded : redactQuery(folded + name.slice(q));
}

/** Where the path of `scheme://host/...` starts, or -1 when the name is not an absolute URL. */
function schemeEnd(name: string): number {
  const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/i.exec(name);
  return m ? m[0].length : -1;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const HEX = /^[0-9a-f]{8,}$/i;
const TOKEN = /^[A-Za-z0-9_-]{16,}$/;

/**
 * Numbers (`1007`, `-3`, `12.5`), UUIDs, hex hashes and ObjectIds (8+ hex digits with at least one digit, so
 * `deadbeef`-like words are left alone only when they have no digit), and long opaque tokens mixing letters
 * and digits (base64url ids, JWT parts). `v2`, `page-2` or `2024-report` stay: too short or word-like to be ids.
 */
function isIdSegment(s: string): boolean {
  // Most segments are words: without a digit only a UUID (all hex letters) can be an id. Raw streams call
  // this for every request whose name is new, so the common answer is found without a regex.
  let digit = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digit = true;
      break;
    }
  }
  if (!digit) return s.length === 36 && UUID.test(s);
  if (/^-?\d+(\.\d+)?$/.test(s)) return true;
  if (UUID.test(s)) return true;
  if (HEX.test(s) && /\d/.test(s)) return true;
  return TOKEN.test(s) && /\d/.test(s) && /[A-Za-z]/.test(s) && !/^[a-z]+([_-][a-z]+)*\d?$/i.test(s);
}
