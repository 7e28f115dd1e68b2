/**
 * Escaping for text that comes from scenario or result files (names, URLs, messages quoting values) on its
 * way into Markdown, HTML fragments of Markdown, or a terminal. The files are written by whoever opened the
 * pull request, so their text is hostile by default: it must not ping people, link issues, inject HTML or
 * links, break a table row, or fake the sticky-comment marker loadgate uses to find its own comment.
 */

import { maskSecretShapes } from './secrets.js';

const ZWJ = '\u200D';
export const ELLIPSIS = '…';

/** Default length of one inline string (a name, a message) before it is cut with an ellipsis. */
export const DEFAULT_INLINE_MAX = 500;

/**
 * C0/C1 controls (ANSI escapes start with ESC) and bidirectional overrides ("Trojan Source"): they can
 * rewrite a terminal or make a reviewer read something other than what is there.
 */
const UNSAFE_CHARS =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;

/**
 * Removes control and bidi-override characters (keeps newlines; tabs become spaces) and masks what has the
 * shape of a credential: every escape path, and every output, goes through here.
 */
export function stripUnsafe(text: string): string {
  return maskSecretShapes(text.replace(UNSAFE_CHARS, '').replace(/\t/g, ' '));
}

/**
 * The sticky marker is an HTML comment whose text contains `loadgate:sticky`. Content can quote that text
 * (in a code span or a diff), so every escape path breaks it with an invisible joiner: no rendered content
 * ever contains the marker's exact text, whatever finds markers later.
 */
export function neutraliseMarker(text: string): string {
  return text.replace(/loadgate:sticky/gi, (m) => `${m.slice(0, 9)}${ZWJ}${m.slice(9)}`);
}

/** Cuts `text` to at most `max` characters (code points), ending with an ellipsis when it was cut. */
export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  if (text.length <= max) return text;
  const points = Array.from(text);
  if (points.length <= max) return text;
  return points.slice(0, max - 1).join('') + ELLIPSIS;
}

/** Newlines and runs of whitespace become one space: inline text must never end a table row or a list item. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ');
}

/**
 * Breaks what GitHub would turn into a notification or a link: `@user`, `@org/team`, e-mail addresses,
 * `#123` and `owner/repo#123`, and bare URLs (`https://…`, `www.…`). A zero-width joiner keeps the text
 * readable while the patterns no longer match.
 */
export function defuseAutolinks(text: string): string {
  return text
    .replace(/@(?=[A-Za-z0-9_-])/g, `@${ZWJ}`)
    .replace(/#(?=\d)/g, `#${ZWJ}`)
    .replace(/([A-Za-z][A-Za-z0-9+.-]*):(?=\/\/)/g, `$1${ZWJ}:`)
    .replace(/\b(www)\./gi, `$1${ZWJ}.`);
}

function htmlEntities(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Markdown punctuation that can start emphasis, links, code, tables, strikethrough or math. */
const MARKDOWN_PUNCTUATION = /[\\`*_[\]|~$!{}()]/g;

/**
 * Words GitHub would turn into a link or a notification: URLs, `www.`, `@user`, e-mail addresses, `#12`,
 * `owner/repo#12`, `GH-12`, autolink references such as `JIRA-12`, and commit hashes. Inside a code span
 * none of them is linked, and the text stays exactly what was in the file, so it can be copied.
 */
const AUTOLINKED =
  /[A-Za-z][A-Za-z0-9+.-]*:\/\/|\b[Ww][Ww][Ww]\.|@[A-Za-z0-9_-]|#\d|\b[A-Z][A-Z0-9]+-\d|\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b/;

function escapeProse(text: string): string {
  return htmlEntities(defuseAutolinks(text)).replace(MARKDOWN_PUNCTUATION, (c) => `\\${c}`);
}

/**
 * Prose for Markdown, one whitespace-separated word at a time: autolinked words become code spans, without
 * the sentence's punctuation around them (as GitHub's own autolinker leaves it out).
 */
function escapeWords(text: string): string {
  return text
    .split(/(\s+)/)
    .map((word) => {
      if (word.trim() === '' || !AUTOLINKED.test(word)) return escapeProse(word);
      const [, before = '', core = '', after = ''] = /^([("'[]*)(.*?)([.,;:!?)"'\]]*)$/.exec(word) ?? [];
      // A `|` cannot be written literally in a code span that may sit in a table cell.
      if (!AUTOLINKED.test(core) || core.includes('|')) return escapeProse(word);
      return `${escapeProse(before)}${codeSpan(core, { maxLength: Infinity })}${escapeProse(after)}`;
    })
    .join('');
}

export interface InlineOptions {
  /** Maximum length in characters before escaping; default {@link DEFAULT_INLINE_MAX}. */
  maxLength?: number;
}

/**
 * Prose for Markdown, on one line: usable in a paragraph, a list item or a table cell. No HTML, no links,
 * no emphasis, no mentions survive; the reader sees the characters that were in the file.
 */
export function escapeMarkdown(text: string, options: InlineOptions = {}): string {
  const clean = truncate(oneLine(stripUnsafe(text)).trim(), options.maxLength ?? DEFAULT_INLINE_MAX);
  return neutraliseMarker(escapeWords(clean));
}

/**
 * Text for an HTML context inside Markdown (a `<summary>`), where Markdown is not parsed but HTML and
 * GitHub's mention and issue-reference filters are.
 */
export function escapeHtml(text: string, options: InlineOptions = {}): string {
  const clean = truncate(oneLine(stripUnsafe(text)).trim(), options.maxLength ?? DEFAULT_INLINE_MAX);
  const escaped = htmlEntities(defuseAutolinks(clean)).replace(/"/g, '&quot;').replace(/'/g, '&#39;');
  return neutraliseMarker(escaped);
}

export interface CodeSpanOptions extends InlineOptions {
  /** Inside a GFM table cell, where `|` splits cells even inside code spans and must be written `\|`. */
  table?: boolean;
}

function longestRun(text: string, char: string): number {
  let longest = 0;
  let current = 0;
  for (const c of text) {
    current = c === char ? current + 1 : 0;
    if (current > longest) longest = current;
  }
  return longest;
}

/**
 * An inline code span that shows `text` literally, whatever backticks it contains: the delimiter is one
 * backtick longer than the longest run inside, padded with spaces when the text starts or ends with a
 * backtick (CommonMark strips exactly one space each side).
 */
export function codeSpan(text: string, options: CodeSpanOptions = {}): string {
  let clean = truncate(oneLine(stripUnsafe(text)), options.maxLength ?? DEFAULT_INLINE_MAX);
  clean = neutraliseMarker(clean);
  if (clean.length === 0) clean = ' ';
  if (options.table) clean = clean.replace(/\|/g, '\\|');
  const fence = '`'.repeat(longestRun(clean, '`') + 1);
  const allSpaces = /^ +$/.test(clean);
  const pad =
    clean.startsWith('`') ||
    clean.endsWith('`') ||
    (!allSpaces && clean.startsWith(' ') && clean.endsWith(' '));
  return pad ? `${fence} ${clean} ${fence}` : `${fence}${clean}${fence}`;
}

/** `<code>` for HTML contexts (a `<summary>`), where Markdown code spans are not parsed. */
export function htmlCode(text: string, options: InlineOptions = {}): string {
  return `<code>${escapeHtml(text, options)}</code>`;
}

export interface FenceOptions {
  /** Info string after the opening fence; only letters, digits and `-` are kept. */
  language?: string;
  /** Prefix for every line, to nest the block in a list item. */
  indent?: string;
  /** Lines kept before the block ends with a "… N more lines" line. */
  maxLines?: number;
  /** Characters kept per line. */
  maxLineLength?: number;
}

/**
 * A fenced code block that no content line can close: the fence is longer than any backtick run inside.
 * Everything in it is literal for Markdown, so only control characters and the marker text are touched.
 */
export function fencedBlock(text: string, options: FenceOptions = {}): string {
  const indent = options.indent ?? '';
  const maxLines = options.maxLines ?? 200;
  const maxLineLength = options.maxLineLength ?? 300;
  let lines = neutraliseMarker(stripUnsafe(text))
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => truncate(line, maxLineLength));
  if (lines.length > maxLines) {
    const hidden = lines.length - maxLines;
    lines = [...lines.slice(0, maxLines), `${ELLIPSIS} ${hidden} more line${hidden === 1 ? '' : 's'}`];
  }
  const fence = '`'.repeat(Math.max(3, longestRun(lines.join('\n'), '`') + 1));
  const language = (options.language ?? '').replace(/[^A-Za-z0-9-]/g, '');
  // Content keeps its trailing spaces (a copied fix must be the fix); an empty line gets no indent.
  return [`${fence}${language}`, ...lines, fence]
    .map((line) => (line === '' ? '' : `${indent}${line}`))
    .join('\n');
}

/** Text for a terminal: one line, no escape sequences, cut to a sane length. */
export function terminalText(text: string, options: InlineOptions = {}): string {
  return truncate(oneLine(stripUnsafe(text)).trim(), options.maxLength ?? DEFAULT_INLINE_MAX);
}
