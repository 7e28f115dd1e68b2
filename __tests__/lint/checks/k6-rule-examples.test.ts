import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { k6Checks, k6Rule, REPO_ROOT, runK6Rule } from '../../scenario/k6/rule-helpers.js';

// The lead's rule-examples test runs every rule's examples through the generated registry; this one runs the
// k6 rules' examples directly, so they are checked before the registry is regenerated.
const names = readdirSync(join(REPO_ROOT, 'rules/k6'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''))
  .sort();

it('every k6 rule names a k6 check function that exists', () => {
  for (const name of names) {
    const check = k6Rule(name).check;
    expect('function' in check && k6Checks.has(check.function)).toBe(true);
  }
});

describe.each(names)('k6/%s examples', (name) => {
  const rule = k6Rule(name);

  it.each(rule.examples.bad.map((e, i) => [i, e] as const))(
    'bad example %i produces the finding on its lines',
    (_i, example) => {
      const findings = runK6Rule(name, example.code, example.file);
      expect(findings.length).toBeGreaterThan(0);
      if (example.lines)
        expect([...new Set(findings.map((f) => f.loc.line))].sort((a, b) => a - b)).toEqual(example.lines);
      for (const f of findings) expect(f.message).not.toMatch(/\{\{\s*[\w-]+\s*\}\}/);
    },
  );

  it.each(rule.examples.good.map((e, i) => [i, e] as const))(
    'good example %i produces no finding',
    (_i, example) => {
      expect(runK6Rule(name, example.code, example.file)).toEqual([]);
    },
  );
});
