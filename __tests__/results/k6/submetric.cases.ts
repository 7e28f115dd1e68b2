import { describe, expect, it } from '@jest/globals';
import { parseMetricKey, tagSetKey } from '../../../src/results/k6/submetric.js';

describe('parseMetricKey', () => {
  it('reads a plain metric', () => {
    expect(parseMetricKey('http_req_duration')).toEqual({ metric: 'http_req_duration' });
  });

  it('splits tags at the first colon so group paths and URLs keep theirs', () => {
    expect(parseMetricKey('http_req_duration{group:::checkout::pay}')).toEqual({
      metric: 'http_req_duration',
      tags: { group: '::checkout::pay' },
    });
    expect(parseMetricKey('http_req_duration{url:https://shop.test:8443/api/items,method:GET}').tags).toEqual(
      {
        url: 'https://shop.test:8443/api/items',
        method: 'GET',
      },
    );
  });

  it('keeps commas inside quoted values and apostrophes inside names', () => {
    expect(parseMetricKey('http_req_duration{name:"a, b",scenario:it\'s}').tags).toEqual({
      name: 'a, b',
      scenario: "it's",
    });
  });

  it('keeps a __proto__ tag as a plain key', () => {
    const { tags } = parseMetricKey('http_req_duration{__proto__:x}');
    expect(Object.keys(tags ?? {})).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(tags)).toBe(Object.prototype);
  });

  it('reads a key with unbalanced braces as a plain name', () => {
    expect(parseMetricKey('weird{name:x')).toEqual({ metric: 'weird{name:x' });
  });
});

describe('tagSetKey', () => {
  it('ignores the order the threshold wrote the tags in', () => {
    expect(tagSetKey({ name: 'x', method: 'GET' })).toBe(tagSetKey({ method: 'GET', name: 'x' }));
  });
});
