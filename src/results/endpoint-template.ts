import { redactQuery } from './endpoint-name.js';

/**
 * Folds the variable parts of a request name into a template: `/booking/1007` → `/booking/{id}`,
 * `https://h/users/3f2a…-…/cart` → `https://h/users/{id}/cart`. Tools name requests by URL unless the script
 * names them (k6 `name` defaults to the URL, Locust and Artillery take what the script passes), so a run over
 * 500 booking ids would otherwise be 500 endpoints of one request each, none comparable with the baseline
 * (result-formats.md §8.7). Only path segments that are certainly ids are folded; words stay. Template
 * placeholders (Artillery's `{{ id }}`) become `{id}` too, so one endpoint reads alike from every tool. Query
 * values are hidden as `redactQuery` does.
 */
export function templateName(name: string): string {
  name = foldPlaceholders(name);
  // Raw streams call this for every request whose name is new (with ids, nearly every request), so it walks
  // the characters once instead of splitting and matching each segment with regular expressions.
  let q = -1;
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 63 /* ? */ || c === 35 /* # */) {
      q = i;
      break;
    }
  }
  const path = q < 0 ? name : name.slice(0, q);
  // Only URL-ish names have segments; a JMeter label like "UC01_02 Get users" is a name, not a path.
  const start = path.charCodeAt(0) === 47 /* / */ ? 0 : schemeEnd(path);
  let folded = path;
  if (start >= 0) {
    let out = '';
    let kept = 0;
    for (let from = start; from <= path.length;) {
      let slash = path.indexOf('/', from);
      if (slash < 0) slash = path.length;
      if (slash > from && isIdSegment(path, from, slash)) {
        out += `${path.slice(kept, from)}{id}`;
        kept = slash;
      }
      from = slash + 1;
    }
    if (kept > 0) folded = out + path.slice(kept);
  }
  return q < 0 ? folded : redactQuery(folded + name.slice(q));
}

/**
 * Template placeholders as `{id}`: Artillery names a request by its URL template (`/items/{{ id }}`), which
 * is the same endpoint as k6's `/items/1007` folded.
 */
export function foldPlaceholders(name: string): string {
  return name.includes('{{') ? name.replace(/\{\{[^{}]*\}\}/g, '{id}') : name;
}

/**
 * Where the path of `scheme://host/...` starts, or -1 when the name is not an absolute URL
 * (`/^[a-z][a-z0-9+.-]*:\/\/[^/]*\/i`, walked by hand: it runs for every new name of a raw stream).
 */
function schemeEnd(name: string): number {
  const letter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;
  if (!letter(name.charCodeAt(0))) return -1;
  let i = 1;
  for (; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (!(letter(c) || (c >= 48 && c <= 57) || c === 43 || c === 45 || c === 46)) break;
  }
  if (name.charCodeAt(i) !== 58 || name.charCodeAt(i + 1) !== 47 || name.charCodeAt(i + 2) !== 47) return -1;
  const slash = name.indexOf('/', i + 3);
  return slash < 0 ? name.length : slash;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TOKEN = /^[A-Za-z0-9_-]{16,}$/;

/**
 * Numbers (`1007`, `-3`, `12.5`), UUIDs, hex hashes and ObjectIds (8+ hex digits with at least one digit, so
 * `deadbeef`-like words are left alone only when they have no digit), and long opaque tokens mixing letters
 * and digits (base64url ids, JWT parts). `v2`, `page-2` or `2024-report` stay: too short or word-like to be ids.
 */
function isIdSegment(path: string, from: number, to: number): boolean {
  let digit = false;
  let allHex = true;
  for (let i = from; i < to; i++) {
    const c = path.charCodeAt(i);
    if (c >= 48 && c <= 57) digit = true;
    else if (!((c >= 97 && c <= 102) || (c >= 65 && c <= 70))) allHex = false;
  }
  const length = to - from;
  // Without a digit only a UUID (all hex letters) can be an id: most segments are words, answered here.
  if (!digit) return length === 36 && UUID.test(path.slice(from, to));
  if (isNumber(path, from, to)) return true;
  if (allHex && length >= 8) return true;
  const s = path.slice(from, to);
  if (UUID.test(s)) return true;
  return TOKEN.test(s) && /[A-Za-z]/.test(s) && !/^[a-z]+([_-][a-z]+)*\d?$/i.test(s);
}

/** `1007`, `-3`, `12.5`: digits, an optional leading minus and an optional fraction. */
function isNumber(s: string, from: number, to: number): boolean {
  let i = from;
  if (s.charCodeAt(i) === 45 /* - */) i++;
  const intStart = i;
  while (i < to && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  if (i === intStart) return false;
  if (i === to) return true;
  if (s.charCodeAt(i) !== 46 /* . */) return false;
  const fracStart = ++i;
  while (i < to && s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) i++;
  return i > fracStart && i === to;
}
