import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const find = (text: string, options?: Record<string, unknown>) =>
  findings('artillery/max-vusers-caps-open-model', text, 'script.yml', options);

const script = (phase: string, flow = '      - get: { url: / }\n      - think: 10\n') =>
  `config:\n  target: http://x\n  phases:\n    - ${phase}\nscenarios:\n  - flow:\n${flow}`;

describe('artillery/max-vusers-caps-open-model', () => {
  it('compares the cap with peak rate × session length (ramps use their peak)', () => {
    // 10/s peak × 10.1 s per session = 101 virtual users needed.
    const findings = find(script('{ duration: 60, arrivalRate: 1, rampTo: 10, maxVusers: 100 }'));
    expect(findings).toEqual([expect.objectContaining({ loc: expect.objectContaining({ line: 4 }) })]);
    expect(findings[0]?.message).toContain(
      'Expected: ≥ 101 virtual users (10/s × 10.1 s per session); actual: 100.',
    );
    expect(find(script('{ duration: 60, arrivalRate: 1, rampTo: 10, maxVusers: 101 }'))).toEqual([]);
  });

  it('uses loops with a count and scenario weights', () => {
    const flows = `  - weight: 3
    flow:
      - loop:
          - get: { url: / }
          - think: 1
        count: 5
  - weight: 1
    flow:
      - think: 1
`;
    // (3 × 5.5 s + 1 × 1 s) / 4 = 4.375 s; 20/s × 4.375 s = 88 virtual users needed.
    const text = `config:\n  target: http://x\n  phases:\n    - { duration: 60, arrivalRate: 20, maxVusers: 80 }\nscenarios:\n${flows}`;
    expect(find(text)[0]?.message).toContain('≥ 88 virtual users');
  });

  it('stays silent when the session length cannot be told', () => {
    expect(
      find(script('{ duration: 60, arrivalRate: 10, maxVusers: 1 }', '      - think: "{{ t }}"\n')),
    ).toEqual([]);
    expect(
      find(
        script(
          '{ duration: 60, arrivalRate: 10, maxVusers: 1 }',
          '      - loop: [{ get: { url: / } }]\n        over: ids\n',
        ),
      ),
    ).toEqual([]);
    expect(
      find('config:\n  target: http://x\n  phases:\n    - { duration: 60, arrivalRate: 10, maxVusers: 1 }\n'),
    ).toEqual([]);
  });

  it('takes the assumed request time from the options', () => {
    const text = script('{ duration: 60, arrivalRate: 10, maxVusers: 20 }', '      - get: { url: / }\n');
    expect(find(text)).toEqual([]);
    expect(find(text, { requestSeconds: 3 })[0]?.message).toContain('≥ 30 virtual users');
  });
});
