import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const find = (text: string) => findings('artillery/processor-function-missing', text);

describe('artillery/processor-function-missing', () => {
  const text = `config:
  target: http://x
scenarios:
  - name: s
    beforeScenario: [setUp, "{{ dynamic }}"]
    afterResponse: record
    flow:
      - function: makeToken
      - loop:
          - post:
              url: /retry
              afterResponse: [check1, check2]
        whileTrue: notDone
        count: 3
  - engine: playwright
    testFunction: run
`;

  it('reports every processor function name at its value, by kind', () => {
    const found = find(text).map((f) => [f.loc.line, f.message.split(' names ')[0]]);
    // Reports are listed in file order, as `loadgate lint` shows them.
    expect(found).toEqual([
      [5, '"beforeScenario: setUp"'],
      [6, '"afterResponse: record"'],
      [8, '"function: makeToken"'],
      [12, '"afterResponse: check1"'],
      [12, '"afterResponse: check2"'],
      [13, '"whileTrue: notDone"'],
      [16, '"testFunction: run"'],
    ]);
  });

  it('is silent when a processor is configured, in config or an environment', () => {
    expect(find(text.replace('  target: http://x\n', '  target: http://x\n  processor: ./p.js\n'))).toEqual(
      [],
    );
    expect(
      find(
        text.replace(
          '  target: http://x\n',
          '  environments:\n    ci:\n      target: http://x\n      processor: ./p.js\n',
        ),
      ),
    ).toEqual([]);
  });

  it('is silent for files whose config comes from elsewhere (--config)', () => {
    expect(find('scenarios:\n  - flow:\n      - function: makeToken\n')).toEqual([]);
    expect(
      find(
        'config:\n  phases: [{ duration: 1, arrivalRate: 1 }]\nscenarios:\n  - flow:\n      - function: makeToken\n',
      ),
    ).toEqual([]);
  });

  it('leaves whileTrue on an unbounded loop to artillery/loop-without-bound', () => {
    expect(
      find(
        'config:\n  target: http://x\nscenarios:\n  - flow:\n      - loop: [{ think: 1 }]\n        whileTrue: f\n',
      ),
    ).toEqual([]);
  });
});
