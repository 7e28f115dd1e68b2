import { expect } from '@jest/globals';
import { tableCells } from './build.js';

/**
 * A test oracle for "the rendered Markdown is inert": what GitHub would turn into a ping, a link, HTML or a
 * broken table, looked for outside code (where GitHub renders nothing). Written independently of the
 * renderer, from the CommonMark rules for code spans and fences.
 */

/** The text with fenced blocks and code spans removed (each replaced by a space). */
export function outsideCode(markdown: string): string {
  const lines = markdown.split('\n');
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of lines) {
    const m = /^\s*(`{3,}|~{3,})(.*)$/.exec(line);
    if (fence === undefined && m) {
      fence = m[1]!;
      continue;
    }
    if (fence !== undefined) {
      if (m && m[1]![0] === fence[0] && m[1]!.length >= fence.length && m[2]!.trim() === '')
        fence = undefined;
      continue;
    }
    kept.push(line);
  }
  expect(fence).toBeUndefined();
  let text = kept.join('\n');
  // Code spans: an opening backtick run closes at the next run of exactly the same length.
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '\\' && text[i + 1] === '`') {
      out += '\\`';
      i += 2;
      continue;
    }
    if (text[i] !== '`') {
      out += text[i];
      i++;
      continue;
    }
    let n = 0;
    while (text[i + n] === '`') n++;
    const runs = /`+/g;
    runs.lastIndex = i + n;
    let close: RegExpExecArray | null;
    let end = -1;
    while ((close = runs.exec(text))) {
      if (close[0].length === n) {
        end = close.index;
        break;
      }
    }
    if (end === -1) {
      out += '`'.repeat(n);
      i += n;
    } else {
      out += ' ';
      i = end + n;
    }
  }
  text = out;
  return text;
}

const OUR_TAGS = /<\/?(?:details|summary|sub|code)>/g;

/**
 * Asserts nothing in `markdown` pings, links (other than to `allowedLinks` prefixes), injects HTML, starts a
 * heading or breaks a table row.
 */
export function expectInert(markdown: string, allowedLinks: string[]): void {
  const lines = markdown.split('\n');
  expect(lines[0]).toMatch(/^<!-- loadgate:sticky job=[A-Za-z0-9_.-]+ -->$/);
  let prose = outsideCode(lines.slice(1).join('\n'));
  // Our links: `[label](url)` with a URL we built. Any other `](` would be a link from the files' text.
  prose = prose.replace(/\]\((https?:\/\/[^\s)]+)\)/g, (all, url: string) => {
    expect(allowedLinks.some((prefix) => url.startsWith(prefix))).toBe(true);
    return '] ';
  });
  prose = prose.replace(OUR_TAGS, ' ');
  const escapedAway = prose.replace(/\\./g, ' ');
  expect(escapedAway).not.toMatch(/\]\(/);
  expect(escapedAway).not.toMatch(/</);
  expect(prose).not.toMatch(/@[A-Za-z0-9_-]/);
  expect(prose).not.toMatch(/(?:^|[^&\w])#\d/m);
  expect(prose).not.toMatch(/[A-Za-z]:\/\//);
  expect(prose).not.toMatch(/\bwww\./i);
  expect(prose).not.toMatch(/\b[A-Z][A-Z0-9]+-\d/);
  expect(prose).not.toMatch(/loadgate:sticky/);
  // Only our title is a heading; no line from the files starts a block of its own.
  const headings = prose.split('\n').filter((l) => /^\s{0,3}#{1,6}\s/.test(l));
  expect(headings).toHaveLength(1);
  // Every table row has as many cells as its header.
  let width: number | undefined;
  for (const line of markdown.split('\n')) {
    if (!line.startsWith('|')) {
      width = undefined;
      continue;
    }
    const cells = tableCells(line).length;
    width ??= cells;
    expect(cells).toBe(width);
  }
}
