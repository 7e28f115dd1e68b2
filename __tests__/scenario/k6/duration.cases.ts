import { describe, expect, it } from '@jest/globals';
import { parseK6Duration } from '../../../src/scenario/k6/duration.js';

describe('parseK6Duration', () => {
  it.each([
    ['30s', 30],
    ['1m30s', 90],
    ['2h', 7200],
    ['500ms', 0.5],
    ['1.5m', 90],
    ['1d', 86400],
    ['1h2m3s', 3723],
    ['0', 0],
  ])('%s is %d s', (text, seconds) => {
    expect(parseK6Duration(text)).toBeCloseTo(seconds, 9);
  });

  it('reads numbers as milliseconds, as k6 reads JSON numbers', () => {
    expect(parseK6Duration(1500)).toBe(1.5);
  });

  it.each(['', '30', '1 m', 'm', '-5s', 'soon', '1y'])('refuses %j', (text) => {
    expect(parseK6Duration(text)).toBeUndefined();
  });
});
