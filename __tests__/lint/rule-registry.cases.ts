import { describe, expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ruleFunctions } from '../../src/lint/functions/index.js';
import { builtinRules } from '../../src/lint/generated/rules.js';
import { examplesOf } from '../../src/lint/rule-examples.js';
import { renderRuleDoc } from '../../src/lint/rule-doc.js';
import { loadRuleText, ruleIdFromPath } from '../../src/lint/rule-loader.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .map((f) => f.replace(/\\/g, '/'))
    .filter((f) => ext.test(f))
    .sort();
}

// CI's `git diff` after `npm run generate` catches a stale registry too, but only in CI: this says so locally.
describe('rules/, the generated registry, the docs pages and the examples agree one to one', () => {
  const ruleFiles = files('rules', /\.ya?ml$/);
  const fromFiles = ruleFiles.map((f) => {
    const origin = `rules/${f}`;
    const result = loadRuleText(readFileSync(join(ROOT, origin), 'utf8'), origin, ruleIdFromPath(f));
    if ('error' in result) throw new Error(`${origin}: ${result.error.message}`);
    return result.rule;
  });

  it('the registry holds exactly the rules in rules/, as they are written now', () => {
    const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id);
    // The examples live in their own generated module (linting does not load them): together they are the files.
    const generated = builtinRules.map((rule) => ({ ...rule, examples: examplesOf(rule) }));
    expect(generated.sort(byId)).toEqual([...fromFiles].sort(byId));
  });

  it('every rule has its docs page, as generated from its file, and no page lacks a rule', () => {
    const pages = files('docs/rules', /\.md$/).filter((f) => f !== 'README.md');
    expect(pages).toEqual(fromFiles.map((r) => `${r.id}.md`).sort());
    for (const rule of fromFiles) {
      const page = readFileSync(join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8');
      const body = (text: string) => text.split('\n').slice(1).join('\n');
      expect(body(page)).toBe(body(renderRuleDoc(rule, '')));
    }
  });

  // Rules are data first (docs/writing-rules.md): analysis goes into the model as facts, and a rule states
  // conditions on them. A check function is for what no generic function can state; it must stay the exception.
  it('at least half of the rules are data alone, naming no check function', () => {
    const dataOnly = fromFiles.filter((r) => r.check === undefined);
    expect(dataOnly.length * 2).toBeGreaterThanOrEqual(fromFiles.length);
    for (const rule of dataOnly) expect(rule.then?.length).toBeGreaterThan(0);
  });

  it('every rule has bad and good examples for the example tests to run', () => {
    for (const rule of fromFiles) {
      expect(examplesOf(rule).bad.length).toBeGreaterThan(0);
      expect(examplesOf(rule).good.length).toBeGreaterThan(0);
    }
  });
});

describe('docs/writing-rules.md', () => {
  it('documents every generic function a rule can name, and no other', () => {
    const page = readFileSync(join(ROOT, 'docs/writing-rules.md'), 'utf8');
    const table = page.slice(page.indexOf('## Functions'), page.indexOf('## Messages'));
    const documented = [...table.matchAll(/^\| `(\w+)` \|/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...ruleFunctions.keys()].sort());
  });
});
