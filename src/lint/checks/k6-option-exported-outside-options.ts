import { getEntry, hasUnknownEntries, isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/** Options that shape the whole test: exported on their own, k6 never reads them. */
const TEST_OPTIONS = new Set(['scenarios', 'thresholds', 'stages', 'vus', 'duration', 'iterations']);

/**
 * k6 reads the test's configuration from the exported `options` object only; `export const scenarios = {…}`
 * beside it is an ordinary export that k6 ignores, so the test runs without those scenarios or thresholds.
 * An export the file itself uses (`options = { scenarios }`), or a library another script imports, is fine.
 */
export const check: CheckFunction = {
  name: 'k6-option-exported-outside-options',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native) || scenario.module || !scenario.exports) return;
    // Options we cannot read (built by a function call, a spread) may hold the key.
    if (scenario.native.kind !== 'object' || hasUnknownEntries(scenario.native)) return;
    const hasDefault = scenario.exports.list.some((e) => e.name === 'default');
    if (!hasDefault && !scenario.exportsOptions) return;
    for (const exported of scenario.exports.list) {
      if (!TEST_OPTIONS.has(exported.name) || exported.kind !== 'value') continue;
      if (getEntry(scenario.native, exported.name) !== undefined) continue;
      if (exported.usedInFile) continue;
      ctx.report({
        loc: exported.loc,
        messageId: scenario.exportsOptions ? 'default' : 'noOptions',
        data: { key: exported.name },
      });
    }
  },
};
