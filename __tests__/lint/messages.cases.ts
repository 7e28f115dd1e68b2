import { describe, expect, it } from '@jest/globals';
import { fillTemplate, placeholders } from '../../src/lint/messages.js';

describe('message templates', () => {
  it('fill every placeholder, spaces inside the braces allowed, and take values literally', () => {
    expect(
      fillTemplate('{{name}} runs {{ value }} VUs on {{$.fileName}} ({{waitTime.call}}).', {
        name: 'Shop',
        value: 50,
        '$.fileName': 'a.js',
        'waitTime.call': "$& $' $1",
      }),
    ).toEqual({ text: "Shop runs 50 VUs on a.js ($& $' $1).", missing: [] });
  });

  it('report the placeholders a check did not fill and keep them visible', () => {
    expect(fillTemplate('{{a}} and {{b}} and {{a}}', { b: 'x' })).toEqual({
      text: '{{a}} and x and {{a}}',
      missing: ['a', 'a'],
    });
    expect(fillTemplate('No placeholder here.')).toEqual({ text: 'No placeholder here.', missing: [] });
  });

  it('list the names a text needs, in order', () => {
    expect(placeholders('{{title}} is a {{ kind }}; see {{$.criteria.count}} and {{title}}.')).toEqual([
      'title',
      'kind',
      '$.criteria.count',
      'title',
    ]);
  });
});
