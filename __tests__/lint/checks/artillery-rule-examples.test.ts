import { describe, expect, it } from '@jest/globals';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../scenario/artillery/helpers.js';
import { artilleryRule, runArtilleryRule } from '../../scenario/artillery/rule-helpers.js';

// The lead's rule-examples test runs every rule's examples through the registry; this one runs the Artillery
// rules' examples directly, so they are checked before the registry is generated.
const names = readdirSync(join(repoRoot, 'rules/artillery'))
  .filter((f) => f.endsWith('.yml'))
  .map((f) => f.replace(/\.yml$/, ''))
  .sort();

describe.each(names)('artillery/%s examples', (name) => {
  const rule = artilleryRule(name);

  it.each(rule.examples.bad.map((e, i) => [i, e] as const))(
    'bad example %i produces the finding on its lines',
    (_i, example) => {
      const findings = runArtilleryRule(name, example.code, example.file);
      expect(findings.length).toBeGreaterThan(0);
      if (example.lines)
        expect([...new Set(findings.map((f) => f.loc.line))].sort((a, b) => a - b)).toEqual(example.lines);
      for (const f of findings) expect(f.message).not.toMatch(/\{\{\s*[\w-]+\s*\}\}/);
    },
  );

  it.each(rule.examples.good.map((e, i) => [i, e] as const))(
    'good example %i produces no finding',
    (_i, example) => {
      expect(runArtilleryRule(name, example.code, example.file)).toEqual([]);
    },
  );
});
