import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const find = (text: string) => findings('artillery/loop-without-bound', text);
const withLoop = (extra: string, config = 'config:\n  target: http://x\n') =>
  `${config}scenarios:\n  - flow:\n      - loop:\n          - get: { url: / }\n${extra}`;

describe('artillery/loop-without-bound', () => {
  it('reports a loop with no count, over or whileTrue at the loop key', () => {
    expect(find(withLoop(''))).toEqual([
      expect.objectContaining({ loc: expect.objectContaining({ line: 5, column: 9 }) }),
    ]);
  });

  it.each([
    ['count: 0', '"count: 0"'],
    ['count: -1', '"count: -1"'],
    ['count: "-1"', '"count: -1"'],
    ['count:', null],
  ])('reports %s, which the engine turns into -1 (forever)', (count, quoted) => {
    const findings = find(withLoop(`        ${count}\n`));
    expect(findings).toHaveLength(1);
    if (quoted) expect(findings[0]?.message).toContain(quoted);
  });

  it.each(['count: 10', 'count: "1-5"', 'count: "{{ n }}"', 'over: items', 'over: [1, 2]', 'count: -5'])(
    'accepts %s',
    (bound) => {
      expect(find(withLoop(`        ${bound}\n`))).toEqual([]);
    },
  );

  it('whileTrue without a processor falls back to count: reported when there is no count', () => {
    const findings = find(withLoop('        whileTrue: notDone\n'));
    expect(findings).toEqual([
      expect.objectContaining({ message: expect.stringContaining('"whileTrue: notDone" needs a processor') }),
    ]);
    expect(find(withLoop('        whileTrue: notDone\n        count: 3\n'))).toEqual([]);
  });

  it('whileTrue with a processor, or when the config may come from another file, is accepted', () => {
    expect(
      find(withLoop('        whileTrue: notDone\n', 'config:\n  target: http://x\n  processor: ./p.js\n')),
    ).toEqual([]);
    expect(find(withLoop('        whileTrue: notDone\n', ''))).toEqual([]);
  });

  it('finds nested loops, loops in before/after flows and in non-HTTP engines', () => {
    const text = `before:
  flow:
    - loop:
        - think: 1
scenarios:
  - engine: ws
    flow:
      - loop:
          - loop:
              - send: hi
        count: 2
`;
    expect(find(text).map((f) => f.loc.line)).toEqual([3, 9]);
  });
});
