import type { Scenario } from '../scenario/model.js';
import { profileOf } from '../scenario/profile/compute.js';
import { isSourceValue, type SourceValue } from '../scenario/value.js';
import { display } from './functions/display.js';
import { ruleFunctions } from './functions/index.js';
import type { FunctionInput, FunctionResult, RuleFunction } from './functions/types.js';
import { rootPlaceholders } from './messages.js';
import { defaultsKey, ownOptions } from './rule-options.js';
import { fieldOf, isLocation, ROOT_PREFIX, selectLocated, type Located } from './located.js';
import type { CheckReport, RuleClause, RuleDefinition } from './types.js';

type Outcome =
  { known: false } | { known: true; results: FunctionResult[]; located: Located; functionOptions: unknown };

/**
 * Runs a rule stated as data: every value `given` selects that meets all of `when` is checked against each
 * clause of `then`, and every failure is a report at the value it is about. Values the adapter could not
 * resolve never fail a clause and never meet a condition: "cannot tell" is silence, not a finding.
 *
 * This runs for every rule on every selected value of every file (a JMeter plan has thousands of elements,
 * each seen by a dozen rules), so the loop allocates nothing for a value that does not meet `when`, and a
 * condition on the scenario alone (`$.native.smokePlan`) is judged once per file, not once per value.
 */
export function runClauses(
  rule: RuleDefinition,
  scenario: Scenario,
  options: Record<string, unknown>,
): CheckReport[] {
  const reports: CheckReport[] = [];
  const root = rootOf(scenario);
  const targets = targetsOf(root, rule);
  if (targets.length === 0) return reports;
  const plan = planOf(rule);
  // Outcomes of the conditions on the scenario alone, judged when first reached (they may be costly, a
  // schema over every element, and a value failing an earlier condition never reaches them).
  const onFile: (boolean | undefined)[] = [];
  for (const target of targets) {
    if (isUnknown(target.value)) continue;
    let met = true;
    for (let i = 0; i < plan.when.length && met; i++) {
      const clause = plan.when[i]!;
      if (!clause.onFile) met = holds(clause, target, root, options);
      else if (!(onFile[i] ??= holds(clause, root, root, options))) return reports;
    }
    if (!met) continue;
    for (const clause of plan.then) {
      const outcome = evaluate(clause, target, root, options);
      if (!outcome.known) continue;
      for (const result of outcome.results)
        reports.push(
          toReport(
            rule,
            scenario,
            clause.clause,
            target,
            root,
            outcome.located,
            result,
            options,
            outcome.functionOptions,
          ),
        );
    }
  }
  return reports;
}

/** The values a rule's `given` paths select, in order; one path (nearly every rule) is the shared selection. */
function targetsOf(root: Located, rule: RuleDefinition): readonly Located[] {
  const given = rule.given;
  if (!given) return selectFromRoot(root, '');
  if (given.length === 1) return selectFromRoot(root, given[0]!);
  return given.flatMap((path) => selectFromRoot(root, path));
}

/** A clause with what each evaluation would otherwise look up again: its function and compiled-schema key. */
interface PlannedClause {
  rule: RuleDefinition;
  clause: RuleClause;
  fn: RuleFunction<never> | undefined;
  precompiledKey: string;
  /**
   * A condition that reads only the scenario (`field: $.…`, a function of that value alone): it holds or not
   * for the whole file. Judging a condition changes nothing, so judging it once gives the same findings.
   */
  onFile: boolean;
}

/** A rule's clauses, prepared once per rule. */
interface ClausePlan {
  when: PlannedClause[];
  then: PlannedClause[];
}

const plans = new WeakMap<RuleDefinition, ClausePlan>();

function planOf(rule: RuleDefinition): ClausePlan {
  let plan = plans.get(rule);
  if (plan) return plan;
  const planned = (clause: RuleClause, key: string): PlannedClause => {
    const fn = ruleFunctions.get(clause.function);
    const onFile = fn?.readsOtherFields === false && clause.field?.startsWith(ROOT_PREFIX) === true;
    return { rule, clause, fn, precompiledKey: key, onFile };
  };
  plan = {
    when: (rule.when ?? []).map((c, i) => planned(c, `when:${rule.id}:${i}`)),
    then: (rule.then ?? []).map((c, i) => planned(c, `then:${rule.id}:${i}`)),
  };
  plans.set(rule, plan);
  return plan;
}

/**
 * Many rules of a tool select the same values (`native.elements[*]` for every JMeter rule): each path is
 * selected once per file. The selected values are never changed, only read.
 */
const selections = new WeakMap<Located, Map<string, readonly Located[]>>();

function selectFromRoot(root: Located, given: string): readonly Located[] {
  let byPath = selections.get(root);
  if (!byPath) selections.set(root, (byPath = new Map()));
  let selected = byPath.get(given);
  if (!selected) byPath.set(given, (selected = selectLocated(root, given || undefined)));
  return selected;
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

/**
 * A field of the selected value, or, written `$.path`, of the scenario: a fact about the whole file (a
 * JMeter plan that only smoke-tests, the criteria a k6 script has) can condition a rule on one element.
 */
function fieldFrom(target: Located, root: Located, field: string | undefined): Located {
  if (field?.startsWith(ROOT_PREFIX)) return cachedField(root, field.slice(ROOT_PREFIX.length));
  return cachedField(target, field);
}

/**
 * Targets are shared by the rules of a file, and many rules read the same fields of them (`kind`, `props`).
 * The fields read are kept on the target itself, under a key of this module: this is looked up for every
 * clause on every element, and a property is found faster than a WeakMap entry.
 */
const FIELDS = Symbol('fields read');

type WithFields = Located & { [FIELDS]?: Map<string, Located> };

function cachedField(target: Located, field: string | undefined): Located {
  if (!field) return target;
  const byField = ((target as WithFields)[FIELDS] ??= new Map());
  let located = byField.get(field);
  if (!located) byField.set(field, (located = fieldOf(target, field)));
  return located;
}

const NO_OPTIONS: Record<string, unknown> = Object.freeze({});

/** `functionOptions` with the rule's options put in, once per clause and options object (a rule's own are one object). */
const resolvedOptions = new WeakMap<object, WeakMap<object, unknown>>();

function optionsFor(clause: RuleClause, options: Record<string, unknown>): unknown {
  const written = (clause.functionOptions ?? NO_OPTIONS) as object;
  let byClause = resolvedOptions.get(options);
  if (!byClause) resolvedOptions.set(options, (byClause = new WeakMap()));
  if (!byClause.has(written)) byClause.set(written, resolveOptions(written, options));
  return byClause.get(written);
}

/** Does a `when` clause hold for the target? Unknown, hidden or missing values never meet a condition. */
function holds(
  planned: PlannedClause,
  target: Located,
  root: Located,
  options: Record<string, unknown>,
): boolean {
  const fn = functionOf(planned);
  const located = fieldFrom(target, root, planned.clause.field);
  if (located.hidden || unreadable(fn, located.value)) return false;
  // A condition on a value that is not there does not hold ("when abortOnFail is true"), unless the
  // function speaks of missing values (`defined`, `falsy`).
  if (!fn.judgesMissing && located.value === undefined) return false;
  return run(fn, planned, located, target, root, options).length === 0;
}

function evaluate(
  planned: PlannedClause,
  target: Located,
  root: Located,
  options: Record<string, unknown>,
): Outcome {
  const fn = functionOf(planned);
  const located = fieldFrom(target, root, planned.clause.field);
  // A key that may hide in a spread cannot be called missing; a value built at run time cannot be read.
  if (located.hidden || unreadable(fn, located.value)) return UNKNOWN;
  const functionOptions = optionsFor(planned.clause, options);
  const results = run(fn, planned, located, target, root, options, functionOptions);
  return { known: true, results, located, functionOptions };
}

const UNKNOWN: Outcome = Object.freeze({ known: false });

function functionOf(planned: PlannedClause): RuleFunction<never> {
  if (!planned.fn) throw new Error(`names function "${planned.clause.function}", which does not exist`);
  return planned.fn;
}

/** The function reads the value and it is one the adapter could not resolve or that is built at run time. */
function unreadable(fn: RuleFunction<never>, value: unknown): boolean {
  if (!fn.readsValue || !isSourceValue(value)) return false;
  return value.kind === 'unknown' || (value.kind === 'string' && value.template === true);
}

function run(
  fn: RuleFunction<never>,
  planned: PlannedClause,
  located: Located,
  target: Located,
  root: Located,
  options: Record<string, unknown>,
  functionOptions = optionsFor(planned.clause, options),
): FunctionResult[] {
  const input: FunctionInput = {
    value: unwrap(located.value),
    located,
    target,
    fieldValue: (field) => {
      const other = fieldFrom(target, root, field);
      const known = !other.hidden && !isUnknown(other.value) && !isTemplate(other.value);
      return { value: unwrap(other.value), known };
    },
  };
  // Options read from the user's settings make another schema than the ones compiled at build time.
  if (functionOptions === planned.clause.functionOptions) input.precompiledKey = planned.precompiledKey;
  else if (options === ownOptions(planned.rule)) input.precompiledKey = defaultsKey(planned.precompiledKey);
  return fn.run(input, functionOptions as never);
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
  root: Located,
  located: Located,
  result: FunctionResult,
  options: Record<string, unknown>,
  functionOptions: unknown,
): CheckReport {
  const at = clause.at ? fieldFrom(target, root, clause.at) : undefined;
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
      ...rootFacts(rule, root),
      ...result.data,
    },
  };
}

/** `{{$.criteria.count}}` in a message or the fix: the scenario's fact, when it is a scalar. */
function rootFacts(rule: RuleDefinition, root: Located): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const name of rootNamesOf(rule)) {
    const value = unwrap(fieldOf(root, name.slice(ROOT_PREFIX.length)).value);
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      out[name] = display(value);
  }
  return out;
}

/** The `{{$.…}}` placeholders of a rule's messages and fix, read from its texts once. */
const rootNames = new WeakMap<RuleDefinition, string[]>();

function rootNamesOf(rule: RuleDefinition): string[] {
  let names = rootNames.get(rule);
  if (!names) {
    const texts = [
      ...Object.values(rule.messages),
      ...(typeof rule.fix === 'string' ? [rule.fix] : Object.values(rule.fix ?? {})),
    ];
    rootNames.set(rule, (names = texts.flatMap(rootPlaceholders)));
  }
  return names;
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

/**
 * The scalar fields of a value as placeholders: `{{name}}` of a workload, `{{executor}}` of a k6 scenario;
 * of a typed fact also those of its nested facts, dotted (`{{waitTime.call}}` of a Locust class).
 */
function scalars(value: unknown, prefix = '', depth = 0): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  if (isSourceValue(value)) {
    if (value.kind !== 'object' || prefix) return out;
    for (const e of value.entries) {
      const v = unwrap(e.value);
      // A value built at run time is shown as nothing rather than guessed.
      if (e.value.kind === 'unknown') out[e.key] = '';
      else if (e.key !== '...' && (typeof v !== 'object' || v === null)) out[e.key] = display(v);
    }
    return out;
  }
  // A place is no placeholder of its own, but its line is (`{{loc.line}}`).
  if (typeof value !== 'object' || value === null || Array.isArray(value) || (isLocation(value) && !prefix))
    return out;
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
      out[prefix + key] = display(v);
    else if (depth < 2 && typeof v === 'object' && v !== null && !key.endsWith('Loc'))
      Object.assign(out, scalars(v, `${prefix}${key}.`, depth + 1));
  }
  return out;
}
