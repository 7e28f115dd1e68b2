import { expect, it } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORPUS, describeCorpus } from '../../helpers/corpus.js';
import { adapterFor } from '../../../src/scenario/adapters.js';
import { parseTaurus } from '../../../src/scenario/taurus/adapter.js';

const dir = join(CORPUS, 'scenarios/taurus');

/** The files SOURCES.md marks as malformed: each must get a located error, every other one none. */
function malformed(): Set<string> {
  const sources = readFileSync(join(dir, 'SOURCES.md'), 'utf8');
  return new Set(
    sources
      .split('\n')
      .filter((line) => /MALFORMED/.test(line))
      .map((line) => line.split('|')[1]?.trim() ?? ''),
  );
}

describeCorpus('Taurus corpus', () => {
  const files = readdirSync(dir).filter((name) => name !== 'SOURCES.md');
  const broken = malformed();

  it('holds the 30 real configs, two of them malformed', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    expect(broken.size).toBe(2);
  });

  it.each(files)(
    '%s: recognised as Taurus by content and read with or without a located diagnostic',
    (name) => {
      const text = readFileSync(join(dir, name), 'utf8');
      expect(adapterFor(text, name)?.tool).toBe('taurus');
      const result = parseTaurus(text, name);
      if (broken.has(name)) {
        expect(result.scenario).toBeUndefined();
        const error = result.diagnostics.find((d) => d.severity === 'error');
        expect(error?.line).toBeGreaterThan(1);
        return;
      }
      expect(result.diagnostics).toEqual([]);
      const s = result.scenario!;
      expect(s.tool).toBe('taurus');
      const lines = text.split(/\r\n|\r|\n/).length;
      const locs = [
        ...s.workloads.map((w) => w.loc),
        ...s.criteria.items.map((c) => c.loc),
        ...s.requests.map((r) => r.loc),
        ...s.thinkTimes.map((t) => t.loc),
        ...s.hosts.map((h) => h.loc),
        ...s.checks.map((c) => c.loc),
      ];
      for (const loc of locs) {
        expect(loc.line).toBeGreaterThanOrEqual(1);
        expect(loc.line).toBeLessThanOrEqual(lines);
      }
    },
  );
});
