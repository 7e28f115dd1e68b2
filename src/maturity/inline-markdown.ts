import { codeSpan, escapeMarkdown } from '../report/escape.js';

/**
 * Next steps and reasons are written with `code` in backticks and may quote paths from the repository:
 * the code parts become code spans and the prose is escaped, so a file name cannot inject Markdown.
 */
export function inlineMarkdown(text: string, options: { table?: boolean } = {}): string {
  return text
    .split('`')
    .map((part, i) => {
      if (i % 2 === 1) return codeSpan(part, { table: options.table, maxLength: 300 });
      if (part.trim() === '') return part === '' ? '' : ' ';
      const lead = /^\s/.test(part) ? ' ' : '';
      const trail = /\s$/.test(part) ? ' ' : '';
      return lead + escapeMarkdown(part, { maxLength: 1000 }) + trail;
    })
    .join('');
}
