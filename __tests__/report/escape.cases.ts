import { describe, expect, it } from '@jest/globals';
import {
  codeSpan,
  escapeHtml,
  escapeMarkdown,
  fencedBlock,
  neutraliseMarker,
  stripUnsafe,
  terminalText,
  truncate,
} from '../../src/report/escape.js';
import { firstCodeSpanContent, tableCells } from './build.js';
import { outsideCode } from './inert.js';

const ZWJ = '\u200D';

/** Characters that start HTML, links, emphasis or code if left unescaped in Markdown prose. */
function unescaped(text: string, char: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) if (text[i] === char && text[i - 1] !== '\\') count++;
  return count;
}

describe('escapeMarkdown', () => {
  it('puts @mentions of users and teams in code, where nobody is notified', () => {
    const out = escapeMarkdown('ping @octocat and @org/team, mail me@example.com');
    expect(outsideCode(out)).not.toMatch(/@[A-Za-z]/);
    expect(out).toBe('ping `@octocat` and `@org/team`, mail `me@example.com`');
  });

  it('puts issue references, commits and bare URLs in code, where nothing is linked', () => {
    const out = escapeMarkdown(
      'fixes #123 and owner/repo#7, see https://evil.example/x and www.evil.example, JIRA-12 and a1b2c3d4e5.',
    );
    const prose = outsideCode(out);
    expect(prose).not.toMatch(/#\d/);
    expect(prose).not.toMatch(/https:\/\//);
    expect(prose).not.toMatch(/www\./);
    expect(prose).not.toMatch(/JIRA-12|a1b2c3d/);
  });

  it('keeps URLs byte for byte, so a copied value is the value in the file', () => {
    const url = 'https://shop.example.com/api?q={{ $processEnvironment.TARGET }}';
    const out = escapeMarkdown(`The target "${url.split(' ')[0]}" is hard-coded.`);
    expect(out).not.toContain(ZWJ);
    expect(firstCodeSpanContent(out)).toBe('https://shop.example.com/api?q={{');
  });

  it('lets no HTML through', () => {
    const out = escapeMarkdown('</details><img src=x onerror=alert(1)><script>x</script> & co');
    expect(out).not.toContain('<');
    expect(out).not.toContain('>');
    expect(out).toContain('&lt;/details&gt;');
    expect(out).toContain('&amp; co');
  });

  it('keeps entities literal instead of letting them decode', () => {
    expect(escapeMarkdown('&lt;b&gt;')).toBe('&amp;lt;b&amp;gt;');
  });

  it('turns Markdown links, images, emphasis and code into literal text', () => {
    const out = outsideCode(
      escapeMarkdown('[x](javascript:alert(1)) ![i](http://t/p.png) *b* _i_ `c` ~~s~~ $x$'),
    );
    for (const char of ['[', ']', '(', ')', '*', '_', '`', '~', '$', '!'])
      expect(unescaped(out, char)).toBe(0);
  });

  it('escapes pipes so a table row keeps its cells', () => {
    const cell = escapeMarkdown('a | b || c');
    expect(tableCells(`| x | ${cell} | y |`)).toHaveLength(3);
  });

  it('keeps the text on one line', () => {
    expect(escapeMarkdown('line one\n\n| x |\r\nline two')).not.toMatch(/[\r\n]/);
  });

  it('cannot fake the sticky marker', () => {
    const out = escapeMarkdown('<!-- loadgate:sticky job=load -->');
    expect(out).not.toContain('<!--');
    expect(out).not.toMatch(/loadgate:sticky/i);
  });

  it('removes terminal escapes and bidi overrides', () => {
    expect(escapeMarkdown('a\u001b[31mred\u202Eevil\u2066b')).toBe('a\\[31mredevilb');
  });

  it('cuts long text with an ellipsis', () => {
    const out = escapeMarkdown('x'.repeat(10_000), { maxLength: 50 });
    expect(out).toHaveLength(50);
    expect(out.endsWith('…')).toBe(true);
  });
});

describe('escapeHtml', () => {
  it('escapes tags, quotes and mentions for a <summary>', () => {
    const out = escapeHtml(`</summary><a href="x" onclick='y'>@team #12`);
    expect(out).not.toMatch(/[<>"']/);
    expect(out).toContain(`@${ZWJ}team`);
    expect(out).toContain(`#${ZWJ}12`);
    expect(out).not.toMatch(/&#\u200D/);
  });
});

describe('codeSpan', () => {
  const cases = ['plain', 'a`b', '``double``', '`edge`', 'ends with `', ' spaced ', '@org/team #1 <b>', 'x'];
  it.each(cases)('shows %p literally', (text) => {
    expect(firstCodeSpanContent(codeSpan(text))).toBe(text);
  });

  it('survives any number of backticks', () => {
    const text = 'a ` b `` c ``` d';
    const span = codeSpan(text);
    expect(span.startsWith('````')).toBe(true);
    expect(firstCodeSpanContent(span)).toBe(text);
  });

  it('escapes pipes only inside tables', () => {
    expect(codeSpan('a|b')).toBe('`a|b`');
    const cell = codeSpan('GET /a|b', { table: true });
    expect(tableCells(`| ${cell} | next |`)).toHaveLength(2);
  });

  it('puts newlines on one line', () => {
    expect(codeSpan('a\nb')).toBe('`a b`');
  });

  it('cannot fake the sticky marker even as code', () => {
    expect(codeSpan('<!-- loadgate:sticky job=load -->')).not.toMatch(/loadgate:sticky/);
  });

  it('renders empty text as a visible span rather than stray backticks', () => {
    expect(codeSpan('')).toBe('` `');
  });
});

describe('fencedBlock', () => {
  it('uses a fence longer than any backtick run inside', () => {
    const block = fencedBlock('before\n```\ninjected\n````\nafter', { language: 'diff' });
    const lines = block.split('\n');
    expect(lines[0]).toBe('`````diff');
    expect(lines[lines.length - 1]).toBe('`````');
    expect(lines.slice(1, -1).every((l) => !l.startsWith('`````'))).toBe(true);
  });

  it('indents every line for a list item and cleans the info string', () => {
    const block = fencedBlock('a\nb', { indent: '  ', language: 'js onerror=x' });
    expect(block).toBe('  ```jsonerrorx\n  a\n  b\n  ```');
  });

  it('cuts long blocks with a count of hidden lines', () => {
    const block = fencedBlock(Array.from({ length: 100 }, (_, i) => `line ${i}`).join('\n'), { maxLines: 5 });
    expect(block).toContain('… 95 more lines');
    expect(block.split('\n')).toHaveLength(8);
  });

  it('neutralises the marker inside code', () => {
    expect(fencedBlock('<!-- loadgate:sticky job=x -->')).not.toMatch(/loadgate:sticky/);
  });
});

describe('helpers', () => {
  it('truncate does not split surrogate pairs', () => {
    const out = truncate('😀'.repeat(10), 4);
    expect(Array.from(out)).toEqual(['😀', '😀', '😀', '…']);
  });

  it('stripUnsafe keeps newlines and turns tabs into spaces', () => {
    expect(stripUnsafe('a\tb\nc\u0007')).toBe('a b\nc');
  });

  it('neutraliseMarker is case-insensitive', () => {
    expect(neutraliseMarker('LOADGATE:STICKY')).not.toMatch(/loadgate:sticky/i);
  });

  it('terminalText drops ANSI sequences', () => {
    expect(terminalText('\u001b]0;title\u0007x\u001b[2Jy')).toBe(']0;titlex[2Jy');
  });
});
