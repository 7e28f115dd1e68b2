import { describe, expect, it } from '@jest/globals';
import { FORMAT_NAMES, isFormatName, loadRenderer } from '../../src/report/renderers.js';
import { RULES, file, finding, report } from './build.js';

describe('renderer registry', () => {
  it('maps every --format name to a renderer', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'sarif', 'markdown']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });

  it('passes the options each renderer needs', async () => {
    const r = report([file('a.js', [finding('a.js', 1)])]);
    expect((await loadRenderer('text'))(r, { color: true })).toContain('\u001b[');
    expect(JSON.parse((await loadRenderer('json'))(r, {})).files[0].findings[0].line).toBe(1);
    expect(
      JSON.parse((await loadRenderer('sarif'))(r, { rules: RULES })).runs[0].tool.driver.rules,
    ).toHaveLength(3);
    expect((await loadRenderer('markdown'))(r, { job: 'x' }).split('\n')[0]).toBe(
      '<!-- loadgate:sticky job=x -->',
    );
  });
});
