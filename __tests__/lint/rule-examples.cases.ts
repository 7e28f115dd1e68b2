import { beforeAll, describe, expect, it } from '@jest/globals';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtinChecks } from '../../src/lint/generated/checks.js';
import { builtinRules } from '../../src/lint/generated/rules.js';
import { examplesOf, lintExample } from '../../src/lint/rule-examples.js';
import { applyEdits } from '../../src/lint/fixes/apply.js';
import { prepareAllAdapters } from '../../src/scenario/adapters.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// The Python grammar loads asynchronously; lintText parses synchronously.
beforeAll(prepareAllAdapters);

// Every rule ships bad and good examples; they are its contract and its docs, so each is run through the
// same path `loadgate lint` takes: adapter, rule engine, suppressions.
describe.each(builtinRules.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  it('has at least one bad and one good example', () => {
    expect(examplesOf(rule).bad.length).toBeGreaterThan(0);
    expect(examplesOf(rule).good.length).toBeGreaterThan(0);
  });

  it.each(examplesOf(rule).bad.map((e, i) => [i, e.file, e] as const))(
    'bad example %i (%s) is reported',
    (_i, _f, example) => {
      const result = lintExample(rule, example);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      const findings = result.findings.filter((f) => f.ruleId === id);
      expect(findings.length).toBeGreaterThan(0);
      if (example.lines)
        expect([...new Set(findings.map((f) => f.loc.line))].sort((a, b) => a - b)).toEqual(example.lines);
      for (const f of findings) expect(f.message).not.toMatch(/\{\{\s*[\w-]+\s*\}\}/);
    },
  );

  it.each(examplesOf(rule).good.map((e, i) => [i, e.file, e] as const))(
    'good example %i (%s) is clean',
    (_i, _f, example) => {
      const result = lintExample(rule, example);
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.findings.filter((f) => f.ruleId === id)).toEqual([]);
    },
  );

  it.each(examplesOf(rule).bad.map((e, i) => [i, e.file, e] as const))(
    'bad example %i (%s): every exact fix parses and silences the finding; without one, the fix is a sentence',
    (_i, _f, example) => {
      const findings = lintExample(rule, example).findings;
      expect(findings.length).toBeGreaterThan(0);
      for (const finding of findings.filter((f) => !f.fix?.edits)) {
        // No exact edit here: `--fix` leaves the file alone, so the report must say in words what to change.
        expect(finding.fix).toEqual({ description: expect.stringMatching(/\w/) });
        expect(finding.fix?.description).not.toMatch(/\{\{\s*[\w-]+\s*\}\}/);
      }
      for (const finding of findings.filter((f) => f.fix?.edits)) {
        const fixed = applyEdits(example.code, finding.fix!.edits!);
        expect(fixed).toBeDefined();
        const again = lintExample(rule, { ...example, code: fixed! });
        expect(again.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(again.findings.filter((f) => f.ruleId === id && f.message === finding.message)).toEqual([]);
      }
    },
  );

  it('covers every tool it claims with a bad example', () => {
    const tools = new Set(examplesOf(rule).bad.map((e) => lintExample(rule, e).tool));
    for (const tool of rule.tools) expect([...tools]).toContain(tool);
  });
});

describe('rule registry', () => {
  it('has a docs page for every rule and a rule for every docs page', () => {
    const pages = readdirSync(join(ROOT, 'docs/rules'), { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .map((f) => f.replace(/\\/g, '/').replace(/\.md$/, ''));
    const expected = builtinRules.map((r) => r.id);
    expect(pages.sort()).toEqual(expected.sort());
  });

  it('uses every check function, and each check names its file', () => {
    const used = new Set(builtinRules.flatMap((r) => (r.check ? [r.check.function] : [])));
    for (const check of builtinChecks) {
      expect(used.has(check.name)).toBe(true);
      expect(existsSync(join(ROOT, 'src/lint/checks', `${check.name}.ts`))).toBe(true);
    }
  });

  it('has at least 15 rules across k6 and Artillery', () => {
    expect(builtinRules.length).toBeGreaterThanOrEqual(15);
  });
});
