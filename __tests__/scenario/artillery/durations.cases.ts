import { describe, expect, it } from '@jest/globals';
import { parseMs, readPhaseDuration, readThinkSeconds } from '../../../src/scenario/artillery/durations.js';

describe('Artillery durations (runtime arithmetic)', () => {
  it.each([
    [10, 10],
    ['15', 15],
    ['5s', 5],
    ['5m', 300],
    ['10min', 600],
    ['1h', 3600],
    ['2 hours', 7200],
    ['1500ms', 1.5],
    // Not a whole number, so ms() reads it as milliseconds, exactly like phases.ts does.
    ['1.5', 0.0015],
  ])('phase duration %p is %p s', (input, seconds) => {
    expect(readPhaseDuration(input)).toEqual({ kind: 'seconds', seconds });
  });

  it.each([[0], ['0'], ['5 potatoes'], [1.5], [-1], [''], [true], [null]])(
    'phase duration %p is invalid',
    (input) => {
      expect(readPhaseDuration(input).kind).toBe('invalid');
    },
  );

  it('templated durations are unknown', () => {
    expect(readPhaseDuration('{{ $processEnvironment.D }}').kind).toBe('unknown');
    expect(readThinkSeconds('{{ $randomNumber(1,30) }}s').kind).toBe('unknown');
  });

  it.each([
    [2, 2],
    [0.5, 0.5],
    ['3', 3],
    ['500ms', 0.5],
    ['1m', 60],
  ])('think %p is %p s', (input, seconds) => {
    expect(readThinkSeconds(input)).toEqual({ kind: 'seconds', seconds });
  });

  it('think "1 potatoe" is invalid, as the runtime says', () => {
    expect(readThinkSeconds('1 potatoe').kind).toBe('invalid');
  });

  it('parseMs follows the ms grammar', () => {
    expect(parseMs('1d')).toBe(86_400_000);
    expect(parseMs('.5s')).toBe(500);
    expect(parseMs('x')).toBeUndefined();
    expect(parseMs('1'.repeat(101))).toBeUndefined();
  });
});
