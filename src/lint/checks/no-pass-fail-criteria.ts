import { hasIgnoredCriteria } from '../../scenario/artillery/ignored-criteria.js';
import type { Scenario } from '../../scenario/model.js';
import { getValue } from '../../scenario/value.js';
import { declareOptions } from '../fixes/declare-options.js';
import { appendEntries } from '../fixes/insert-entry.js';
import { describeCriteria, suggestedCriteria, type SuggestedCriteria } from '../fixes/suggested-criteria.js';
import type { CheckFunction, TextEdit } from '../types.js';

/**
 * Where the criteria go: a new `thresholds` in k6 options, a new `ensure` under Artillery's `config.plugins`,
 * or the keys it lacks added to an `ensure` mapping that is there without criteria. Never a second key: an
 * `ensure` written in another form (a list) is the author's to rewrite.
 */
function criteriaEdits(
  scenario: Scenario,
  criteria: SuggestedCriteria,
  source: string | undefined,
): TextEdit[] | undefined {
  if (scenario.tool === 'k6') {
    if (scenario.exportsOptions === false)
      return declareOptions(scenario.optionsSlot, scenario.file, source, { [criteria.key]: criteria.value });
    return appendEntries(scenario.native, scenario.file, source, 'js', [[criteria.key, criteria.value]]);
  }
  const config = getValue(scenario.native, 'config');
  const ensure = getValue(config, 'ensure');
  // An `ensure` in config is the one the plugin reads (it wins over `plugins.ensure`): completed there.
  if (ensure !== undefined)
    return ensure.kind === 'object'
      ? appendEntries(ensure, scenario.file, source, 'yaml', Object.entries(criteria.value))
      : undefined;
  // Otherwise written where Artillery documents it, `config.plugins.ensure`, which also loads the plugin:
  // an `ensure` in config alone is never evaluated (artillery/ensure-plugin-not-loaded).
  const plugins = getValue(config, 'plugins');
  if (plugins === undefined)
    return appendEntries(config, scenario.file, source, 'yaml', [['plugins', { ensure: criteria.value }]]);
  const loaded = getValue(plugins, 'ensure');
  if (loaded === undefined)
    return appendEntries(plugins, scenario.file, source, 'yaml', [['ensure', criteria.value]]);
  return loaded.kind === 'object'
    ? appendEntries(loaded, scenario.file, source, 'yaml', Object.entries(criteria.value))
    : undefined;
}

/**
 * Without pass/fail criteria a load test can only pass: the run exits 0 however slow or broken the system
 * was. Reported only when the adapter proves there are none (`absent`); `unknown` (a spread, a config merged
 * from another file) stays silent. The suggested criteria are on metrics the script's protocols report.
 */
export const check: CheckFunction = {
  name: 'no-pass-fail-criteria',
  run(scenario, ctx) {
    if (scenario?.criteria?.status !== 'absent') return;
    // Criteria written where Artillery ignores them are artillery/ignored-criteria's, with the real cause.
    if (scenario.tool === 'artillery' && hasIgnoredCriteria(scenario.native)) return;
    // A k6 script that sends no request of any protocol (a stub, a data demo) has nothing to gate.
    if (sendsNothing(scenario)) return;
    const file = scenario.file.replace(/\\/g, '/').split('/').pop() ?? scenario.file;
    // Gatling's assertions are code on setUp: the message says what to write, no edit is made.
    if (scenario.tool === 'gatling') {
      ctx.report({ loc: scenario.criteria.anchor, messageId: 'gatling', data: { file } });
      return;
    }
    const criteria = suggestedCriteria(scenario);
    ctx.report({
      loc: scenario.criteria.anchor,
      messageId:
        scenario.tool === 'artillery'
          ? 'artillery'
          : scenario.exportsOptions === false
            ? 'k6NoOptions'
            : 'k6',
      data: {
        file,
        criteria: criteria
          ? describeCriteria(criteria, scenario.tool)
          : 'thresholds on the metrics its protocol reports',
      },
      edits: criteria ? criteriaEdits(scenario, criteria, ctx.source) : undefined,
      noEdit: whyNoEdit(scenario),
    });
  },
};

function sendsNothing(scenario: Scenario): boolean {
  const protocols = scenario.protocols;
  if (scenario.tool !== 'k6' || !protocols?.complete) return false;
  return protocols.used.length === 0 && scenario.requests.length === 0;
}

/** An `ensure` that is not a mapping (a list of expect-style checks) is the author's to rewrite. */
function whyNoEdit(scenario: Scenario): string | undefined {
  if (scenario.tool === 'k6') {
    const slot = scenario.optionsSlot;
    return scenario.exportsOptions === false && slot && 'reason' in slot ? slot.reason : undefined;
  }
  if (scenario.tool !== 'artillery') return undefined;
  const ensure = getValue(getValue(scenario.native, 'config'), 'ensure');
  if (ensure === undefined || ensure.kind === 'object') return undefined;
  return `config.ensure is ${ensure.kind === 'array' ? 'a list' : `a ${ensure.kind}`}, not the mapping Artillery reads (thresholds, maxErrorRate); rewrite it by hand`;
}
