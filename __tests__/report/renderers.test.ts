import { describe, expect, it } from '@jest/globals';
import { FORMAT_NAMES, isFormatName, renderers } from '../../src/report/renderers.js';
import { RULES, file, finding, report } from './build.js';

describe('renderer registry', () => {
  it('maps every --format name to a renderer', () => {
    expect(FORMAT_NAMES).toEqual(['text', 'json', 'sarif', 'markdown']);
    expect(isFormatName('sarif')).toBe(true);
    expect(isFormatName('toString')).toBe(false);
  });

  it('passes the options each renderer needs', () => {
    const r = report([file('a.js', [finding('a.js', 1)])]);
    expect(renderers.text(r, { color: true })).toContain('\u001b[');
    expect(JSON.parse(renderers.json(r, {})).files[0].findings[0].line).toBe(1);
    expect(JSON.parse(renderers.sarif(r, { rules: RULES })).runs[0].tool.driver.rules).toHaveLength(3);
    expect(renderers.markdown(r, { job: 'x' }).split('\n')[0]).toBe('<!-- loadgate:sticky job=x -->');
  });
});
