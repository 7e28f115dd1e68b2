import type { Location } from '../../scenario/location.js';
import { isSourceValue, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction, CheckReport } from '../types.js';

function inside(loc: Location, outer: Location): boolean {
  if (loc.file !== outer.file) return false;
  const endLine = outer.endLine ?? outer.line;
  const endColumn = outer.endColumn ?? outer.column;
  const afterStart = loc.line > outer.line || (loc.line === outer.line && loc.column >= outer.column);
  const beforeEnd = loc.line < endLine || (loc.line === endLine && loc.column < endColumn);
  return afterStart && beforeEnd;
}

/** Repeated keys written in one object literal, at any depth; `thresholds` has its own rule. */
function visit(value: SourceValue, path: string, report: (r: CheckReport) => void, depth: number): void {
  if (depth > 20) return;
  if (value.kind === 'array') {
    value.items.forEach((item, i) => visit(item, `${path}[${i}]`, report, depth + 1));
    return;
  }
  if (value.kind !== 'object') return;
  // Keys from a spread (`...base`) that the literal then overrides are intended: only keys written here count.
  const written = value.entries.filter((e) => e.key !== '...' && inside(e.keyLoc, value.loc));
  written.forEach((entry, i) => {
    const winner = written
      .slice(i + 1)
      .filter((e) => e.key === entry.key)
      .pop();
    if (winner && !(path === '' && entry.key === 'thresholds'))
      report({
        loc: entry.keyLoc,
        data: { key: path ? `${path}.${entry.key}` : entry.key, line: winner.keyLoc.line },
      });
  });
  for (const entry of value.entries) {
    if (entry.key === '...' || (path === '' && entry.key === 'thresholds')) continue;
    visit(entry.value, path ? `${path}.${entry.key}` : entry.key, report, depth + 1);
  }
}

/**
 * A key written twice in one object literal of k6 `options` (`duration` twice, a scenario named twice):
 * JavaScript keeps the last one and drops the earlier value without a word, so the test is not the one
 * the first occurrence describes. Repeated threshold keys are `k6/threshold-duplicate-key`'s.
 */
export const check: CheckFunction = {
  name: 'k6-options-duplicate-key',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const seen = new Set<string>();
    visit(
      scenario.native,
      '',
      (r) => {
        const key = `${r.loc.file}:${r.loc.line}:${r.loc.column}`;
        if (seen.has(key)) return;
        seen.add(key);
        ctx.report(r);
      },
      0,
    );
  },
};
