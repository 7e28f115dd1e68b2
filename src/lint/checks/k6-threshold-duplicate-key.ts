import type { Location } from '../../scenario/location.js';
import { thresholdsObject } from '../../scenario/k6/threshold-entries.js';
import { isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

function inside(loc: Location, outer: Location): boolean {
  if (loc.file !== outer.file) return false;
  const endLine = outer.endLine ?? outer.line;
  const endColumn = outer.endColumn ?? outer.column;
  const afterStart = loc.line > outer.line || (loc.line === outer.line && loc.column >= outer.column);
  const beforeEnd = loc.line < endLine || (loc.line === endLine && loc.column < endColumn);
  return afterStart && beforeEnd;
}

/**
 * A key written twice in the `thresholds` object literal: JavaScript keeps only the last one, so the
 * earlier thresholds are silently dropped (k6 docs, Thresholds: "Do not specify multiple thresholds for the
 * same metric by repeating the same object key"). Keys that come from a spread (`...common`) and are then
 * overridden are intended, and not reported.
 */
export const check: CheckFunction = {
  name: 'k6-threshold-duplicate-key',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    const thresholds = thresholdsObject(scenario.native);
    if (thresholds?.kind !== 'object') return;
    const written = thresholds.entries.filter((e) => e.key !== '...' && inside(e.keyLoc, thresholds.loc));
    written.forEach((entry, i) => {
      // The occurrence that wins is the last one, wherever the earlier ones are.
      const winner = written
        .slice(i + 1)
        .filter((e) => e.key === entry.key)
        .pop();
      if (!winner) return;
      ctx.report({ loc: entry.keyLoc, data: { key: entry.key, line: winner.keyLoc.line } });
    });
  },
};
