import type { Scenario } from '../scenario/model.js';
import { profileOf } from '../scenario/profile/compute.js';
import { isSourceValue, type SourceValue } from '../scenario/value.js';
import { display } from './functions/display.js';
import { ruleFunctions } from './functions/index.js';
import type { FunctionResult } from './functions/types.js';
import { fieldOf, isLocation, selectLocated, type Located } from './located.js';
import type { CheckReport, RuleClause, RuleDefinition } from './types.js';

type Outcome =
  { known: false } | { known: true; results: FunctionResult[]; located: Located; functionOptions: unknown };

/**
 * Runs a rule stated as data: every value `given` selects that meets all of `when` is checked against each
 * clause of `then`, and every failure is a report at the value it is about. Values the adapter could not
 * resolve never fail a clause and never meet a condition: "cannot tell" is silence, not a finding.
 */
export function runClauses(
  rule: RuleDefinition,
  scenario: Scenario,
  options: Record<string, unknown>,
): CheckReport[] {
  const reports: CheckReport[] = [];
  const root = rootOf(scenario);
  const targets = (rule.given ?? ['']).flatMap((given) => selectLocated(root, given || undefined));
  for (const target of targets) {
    if (isUnknown(target.value)) continue;
    const met = (rule.when ?? []).every((clause, i) => {
      const outcome = evaluate(clause, target, options, `when:${rule.id}:${i}`, true);
      return outcome.known && outcome.results.length === 0;
    });
    if (!met) continue;
    (rule.then ?? []).forEach((clause, i) => {
      const outcome = evaluate(clause, target, options, `then:${rule.id}:${i}`);
      if (!outcome.known) return;
      for (const result of outcome.results)
        reports.push(
          toReport(rule, scenario, clause, target, outcome.located, result, options, outcome.functionOptions),
        );
    });
  }
  return reports;
}

/** Every rule of a file selects from the same root: made once per scenario. */
const roots = new WeakMap<Scenario, Located>();

function rootOf(scenario: Scenario): Located {
  let root = roots.get(scenario);
  if (!root) {
    // The load profile is derived, not read: rules select it as `profile` (`when` on `profile.testType`).
    root = { value: { ...scenario, profile: profileOf(scenario) }, path: '', loc: scenario.loc };
    roots.set(scenario, root);
  }
  return root;
}

function isUnknown(value: unknown): boolean {
  return isSourceValue(value) && value.kind === 'unknown';
}

/** A value built at run time (`${__ENV.HOST}/api`, `{{ target }}`) is not the value the tool will use. */
function isTemplate(value: unknown): boolean {
  return isSourceValue(value) && value.kind === 'string' && value.template === true;
}

/** Scalars of the native tree as plain values; structures (objects, lists, typed facts) as selected. */
function unwrap(value: unknown): unknown {
  if (!isSourceValue(value)) return value;
  const v = value as SourceValue;
  switch (v.kind) {
    case 'string':
    case 'number':
    case 'boolean':
      return v.value;
    case 'null':
      return null;
    default:
      return v;
  }
}

function evaluate(
  clause: RuleClause,
  target: Located,
  options: Record<string, unknown>,
  precompiledKey: string,
  asCondition = false,
): Outcome {
  const fn = ruleFunctions.get(clause.function);
  if (!fn) throw new Error(`names function "${clause.function}", which does not exist`);
  const located = fieldOf(target, clause.field);
  // A key that may hide in a spread cannot be called missing; a value built at run time cannot be read.
  if (located.hidden) return { known: false };
  if (fn.readsValue && (isUnknown(located.value) || isTemplate(located.value))) return { known: false };
  // A condition on a value that is not there does not hold ("when abortOnFail is true"), unless the
  // function speaks of missing values (`defined`, `falsy`); as a requirement, the function decides.
  if (asCondition && !fn.judgesMissing && located.value === undefined) return { known: false };
  const functionOptions = resolveOptions(clause.functionOptions ?? {}, options);
  const results = fn.run(
    {
      value: unwrap(located.value),
      located,
      target,
      fieldValue: (field) => {
        const other = fieldOf(target, field);
        const known = !other.hidden && !isUnknown(other.value) && !isTemplate(other.value);
        return { value: unwrap(other.value), known };
      },
      // Options read from the user's settings make another schema than the one compiled at build time.
      ...(functionOptions === clause.functionOptions ? { precompiledKey } : {}),
    },
    functionOptions as never,
  );
  return { known: true, results, located, functionOptions };
}

/** `{ $option: name }` anywhere in functionOptions stands for the rule option `name`: user settings apply. */
export function resolveOptions(value: unknown, options: Record<string, unknown>): unknown {
  if (Array.isArray(value)) {
    const items = value.map((v) => resolveOptions(v, options));
    return items.every((v, i) => v === value[i]) ? value : items;
  }
  if (typeof value !== 'object' || value === null) return value;
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record);
  if (keys.length === 1 && keys[0] === '$option' && typeof record.$option === 'string')
    return options[record.$option];
  let changed = false;
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    out[key] = resolveOptions(record[key], options);
    if (out[key] !== record[key]) changed = true;
  }
  return changed ? out : value;
}

function toReport(
  rule: RuleDefinition,
  scenario: Scenario,
  clause: RuleClause,
  target: Located,
  located: Located,
  result: FunctionResult,
  options: Record<string, unknown>,
  functionOptions: unknown,
): CheckReport {
  const at = clause.at ? fieldOf(target, clause.at) : undefined;
  const loc = result.loc ?? (at ? (at.keyLoc ?? at.loc) : located.loc);
  return {
    loc,
    messageId: messageIdFor(rule, scenario, clause, result.kind),
    data: {
      ...scalars(target.value),
      ...scalars(options),
      ...scalars(functionOptions),
      value: display(unwrap(located.value)),
      path: located.path,
      key: target.key ?? located.key ?? located.path,
      field: clause.field ?? '',
      tool: scenario.tool,
      ...result.data,
    },
  };
}

function messageIdFor(
  rule: RuleDefinition,
  scenario: Scenario,
  clause: RuleClause,
  kind: string | undefined,
): string {
  const named = typeof clause.message === 'string' ? clause.message : kind && clause.message?.[kind];
  if (named) return named;
  return rule.messages[scenario.tool] !== undefined ? scenario.tool : 'default';
}

/** The scalar fields of a value as placeholders: `{{name}}` of a workload, `{{executor}}` of a k6 scenario. */
function scalars(value: unknown): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (isSourceValue(value)) {
    if (value.kind !== 'object') return out;
    for (const e of value.entries) {
      const v = unwrap(e.value);
      // A value built at run time is shown as nothing rather than guessed.
      if (e.value.kind === 'unknown') out[e.key] = '';
      else if (e.key !== '...' && (typeof v !== 'object' || v === null)) out[e.key] = display(v);
    }
    return out;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value) || isLocation(value)) return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') out[key] = display(v);
  }
  return out;
}
