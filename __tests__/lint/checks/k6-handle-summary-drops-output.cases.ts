import { describe, expect, it } from '@jest/globals';
import { findings } from '../../helpers/rule-tester.js';

const ID = 'k6/handle-summary-drops-output';
const HEAD = `export const options = { thresholds: { http_req_failed: ['rate<0.01'] } };
export default function () {}
`;

const at = (text: string) => findings(ID, text).map((f) => [f.loc.line, f.loc.column, f.message]);

describe(ID, () => {
  it('reports a handleSummary whose outputs are all files, at its name, listing them', () => {
    const text = `${HEAD}export const handleSummary = (data) => ({ 'summary.json': JSON.stringify(data), 'report.xml': '' });\n`;
    expect(at(text)).toEqual([
      [
        3,
        14,
        expect.stringMatching(/^handleSummary\(\) returns "summary\.json", "report\.xml" but no stdout/),
      ],
    ]);
  });

  it('reads every return of the function, not those of the callbacks in it', () => {
    const text = `${HEAD}export function handleSummary(data) {
  const keys = Object.keys(data).map((k) => { return { stdout: k }; });
  if (keys.length === 0) return { 'empty.json': '{}' };
  return { 'summary.json': JSON.stringify(data) };
}
`;
    expect(at(text)).toEqual([
      [3, 17, expect.stringContaining('returns "empty.json", "summary.json" but no stdout')],
    ]);
  });

  it.each([
    [
      'stdout among the outputs',
      `export function handleSummary(data) { return { stdout: 'x', 'a.json': '' }; }`,
    ],
    ['"stdout" written as a string key', `export function handleSummary(data) { return { 'stdout': 'x' }; }`],
    [
      'a spread',
      `const base = { stdout: 'x' };\nexport function handleSummary(data) { return { ...base, 'a.json': '' }; }`,
    ],
    [
      'a computed key',
      `const out = 'stdout';\nexport function handleSummary(data) { return { [out]: 'x' }; }`,
    ],
    [
      'an object built elsewhere',
      `export function handleSummary(data) { const out = { 'a.json': '' }; return out; }`,
    ],
    ['a handleSummary that is not exported', `function handleSummary(data) { return { 'a.json': '' }; }`],
    ['a re-exported handleSummary', `export { handleSummary } from './summary.js';`],
  ])('is silent for %s', (_name, body) => {
    expect(at(`${HEAD}${body}\n`)).toEqual([]);
  });
});
