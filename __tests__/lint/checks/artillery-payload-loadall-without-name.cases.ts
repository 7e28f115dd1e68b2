import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const find = (text: string) => findings('artillery/payload-loadall-without-name', text);

describe('artillery/payload-loadall-without-name', () => {
  it('reports a payload mapping (not a list) with loadAll and no name', () => {
    const findings = find('config:\n  target: http://x\n  payload:\n    path: u.csv\n    loadAll: true\n');
    expect(findings).toEqual([
      expect.objectContaining({
        loc: expect.objectContaining({ line: 5, column: 5 }),
        message: expect.stringContaining('"u.csv"'),
      }),
    ]);
  });

  it('reports payloads in environments too', () => {
    const text =
      'config:\n  environments:\n    ci:\n      target: http://x\n      payload:\n        - { path: a.csv, loadAll: "yes" }\n';
    expect(find(text).map((f) => f.loc.line)).toEqual([6]);
  });

  it.each(['loadAll: false', 'loadAll: true\n      name: rows', 'fields: [a]'])('accepts %s', (extra) => {
    expect(find(`config:\n  target: http://x\n  payload:\n    - path: a.csv\n      ${extra}\n`)).toEqual([]);
  });
});
