import type { Scenario } from '../scenario/model.js';
import { profileOf } from '../scenario/profile/compute.js';
import { isSourceValue, type SourceValue } from '../scenario/value.js';
import { display } from './functions/display.js';
import { ruleFunctions } from './functions/index.js';
import type { FunctionInput, FunctionResult, RuleFunction } from './functions/types.js';
import { placeholders } from './messages.js';
import { defaultsKey, ownOptions } from './rule-options.js';
import { fieldOf, isLocation, ROOT_PREFIX, selectLocated, type Located } from './located.js';
import type { CheckReport, RuleClause, RuleDefinition } from './types.js';

/**
 * Runs a rule stated as data: every value `given` selects that meets all of `when` is checked against each
 * clause of `then`, and every failure is a report at the value it is about. Values the adapter could not
 * resolve never fail a clause and never meet a condition: "cannot tell" is silence, not a finding.
 *
 * This runs for every rule on every selected value of every file (a JMeter plan has thousands of elements,
 * each seen by a dozen rules), so the loop allocates nothing for a value that does not meet `when`: a
 * condition on the scenario alone (`$.native.smokePlan`) is judged once per file, each field of a selected
 * value is read once for all the rules of the file (`columnOf`), and a condition whose function judges the
 * value alone (`kind` is one of ...) is judged once per distinct value (`Bound.memo`).
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
  const scope: Scope = { rule, scenario, targets, root, options };
  // Each clause is bound to this file and these options when first reached: a rule naming a function that
  // does not exist fails only once a value reaches that clause.
  const when: (Bound | undefined)[] = [];
  const then: (Bound | undefined)[] = [];
  // Outcomes of the conditions on the scenario alone, judged when first reached (they may be costly, a
  // schema over every element, and a value failing an earlier condition never reaches them).
  const onFile: (boolean | undefined)[] = [];
  for (let t = 0; t < targets.length; t++) {
    const target = targets[t]!;
    if (isUnknown(target.value)) continue;
    let met = true;
    for (let i = 0; i < plan.when.length && met; i++) {
      const bound = (when[i] ??= bind(plan.when[i]!, scope));
      if (!bound.planned.onFile) met = holds(bound, located(bound, t, scope), target, t, scope);
      else if (!(onFile[i] ??= holds(bound, located(bound, ON_FILE, scope), root, ON_FILE, scope)))
        return reports;
    }
    if (!met) continue;
    for (let i = 0; i < plan.then.length; i++) {
      const bound = (then[i] ??= bind(plan.then[i]!, scope));
      const at = located(bound, t, scope);
      // A key that may hide in a spread cannot be called missing; a value built at run time cannot be read.
      if (at.hidden || unreadable(bound.fn, at.value)) continue;
      for (const result of run(bound, at, target, t, scope))
        reports.push(toReport(bound, target, t, at, result, scope));
    }
  }
  return reports;
}

/** What one rule's run over one file shares. */
interface Scope {
  rule: RuleDefinition;
  scenario: Scenario;
  /** The values the rule's `given` selects. */
  targets: readonly Located[];
  root: Located;
  options: Record<string, unknown>;
}

/** The index standing for the scenario itself, for a condition on it alone. */
const ON_FILE = -1;

/** A clause bound to one rule run: its function, its options resolved, its field's column and memo. */
interface Bound {
  planned: PlannedClause;
  fn: RuleFunction<never>;
  functionOptions: unknown;
  /** The clause's field of each selected value; undefined for the value itself and a field of the scenario. */
  column: (Located | undefined)[] | undefined;
  /** Outcomes as a condition by scalar value, for a function that judges the value alone (`valueAlone`). */
  memo: Map<unknown, boolean> | undefined;
}

function bind(planned: PlannedClause, scope: Scope): Bound {
  const fn = functionOf(planned);
  const functionOptions = optionsFor(planned.clause, scope.options);
  const field = planned.clause.field;
  const column = field && !field.startsWith(ROOT_PREFIX) ? columnOf(scope.targets, field) : undefined;
  return { planned, fn, functionOptions, column, memo: memoOf(planned, fn, functionOptions) };
}

/** The clause's field of the `t`-th selected value. */
function located(bound: Bound, t: number, scope: Scope): Located {
  const column = bound.column;
  if (column && t !== ON_FILE) return (column[t] ??= fieldOf(scope.targets[t]!, bound.planned.clause.field));
  return fieldAt(scope, t, bound.planned.clause.field);
}

/**
 * A field of the `t`-th selected value or, written `$.path`, of the scenario: a fact about the whole file (a
 * JMeter plan that only smoke-tests, the criteria a k6 script has) can condition a rule on one element.
 */
function fieldAt(scope: Scope, t: number, field: string | undefined): Located {
  if (field?.startsWith(ROOT_PREFIX)) return rootField(scope.root, field.slice(ROOT_PREFIX.length));
  if (t === ON_FILE) return rootField(scope.root, field);
  if (!field) return scope.targets[t]!;
  return (columnOf(scope.targets, field)[t] ??= fieldOf(scope.targets[t]!, field));
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
  /** Outcomes as a condition by scalar value, per options object: see `Bound.memo`. */
  memos: WeakMap<object, Map<unknown, boolean>>;
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
    return { rule, clause, fn, precompiledKey: key, onFile, memos: new WeakMap() };
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

/**
 * Drops what the rules of a file kept about it (its root, selections, columns, fields), once they have all
 * run. The caches are WeakMaps, but V8 frees an entry only once a collection finds its key dead: until then
 * the entry keeps the scenario, its native tree and the parsed source alive, and every minor collection
 * while the next files are read copied them again (most of the time a JMeter lint spent collecting).
 */
export function releaseScenario(scenario: Scenario): void {
  // The memos' keys are the file's own strings: a string cut from a file keeps the whole text alive (V8
  // slices), so memos kept across files held the plans they had seen (9 MB after the lint bench's 2,000 files).
  for (const memo of liveMemos) memo.clear();
  liveMemos.clear();
  const root = roots.get(scenario);
  if (!root) return;
  roots.delete(scenario);
  for (const targets of selections.get(root)?.values() ?? []) columns.delete(targets);
  selections.delete(root);
  rootFields.delete(root);
}

/** Every rule of a file selects from the same root: made once per scenario. */
const roots = new WeakMap<Scenario, Located>();

function rootOf(scenario: Scenario): Located {
  let root = roots.get(scenario);
  if (!root) {
    // The load profile is derived, not read: rules select it as `profile` (`when` on `profile.testType`).
    // It is computed when a rule first reads it: the rules a fix is verified with (`judgedRules`) seldom do.
    const value: Record<string | symbol, unknown> = { ...scenario };
    Object.defineProperty(value, SCENARIO, { value: scenario });
    Object.defineProperty(value, 'profile', { enumerable: true, get: readProfile });
    root = { value, path: '', loc: scenario.loc };
    roots.set(scenario, root);
  }
  return root;
}

/** The scenario a root value was copied from, for its `profile` getter. */
const SCENARIO = Symbol('scenario');

/**
 * One getter for every root, finding its scenario on the value. V8 keeps an accessor in the hidden class
 * the objects share: a closure made per file stayed reachable from there, and with it the file's whole
 * scenario (a JMeter plan's native tree), which every minor collection then copied and promoted. That was
 * most of the time a JMeter lint spent collecting garbage.
 */
function readProfile(this: Record<symbol, unknown>): unknown {
  return profileOf(this[SCENARIO] as Scenario);
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
 * The rules of a file read the same fields of the same selected values (`kind` of every JMeter element):
 * each field of each value is read once, into a column beside the selection (`selectFromRoot` shares it
 * between rules).
 */
const columns = new WeakMap<readonly Located[], Map<string, (Located | undefined)[]>>();

function columnOf(targets: readonly Located[], field: string): (Located | undefined)[] {
  let byField = columns.get(targets);
  if (!byField) columns.set(targets, (byField = new Map()));
  let column = byField.get(field);
  if (!column) byField.set(field, (column = new Array<Located | undefined>(targets.length)));
  return column;
}

/** Fields of the scenario (`$.criteria.complete`), read once per file. */
const rootFields = new WeakMap<Located, Map<string, Located>>();

function rootField(root: Located, field: string | undefined): Located {
  if (!field) return root;
  let byField = rootFields.get(root);
  if (!byField) rootFields.set(root, (byField = new Map()));
  let located = byField.get(field);
  if (!located) byField.set(field, (located = fieldOf(root, field)));
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

/** Does a `when` clause hold for the value? Unknown, hidden or missing values never meet a condition. */
function holds(bound: Bound, at: Located, target: Located, t: number, scope: Scope): boolean {
  const fn = bound.fn;
  if (at.hidden || unreadable(fn, at.value)) return false;
  // A condition on a value that is not there does not hold ("when abortOnFail is true"), unless the
  // function speaks of missing values (`defined`, `falsy`).
  if (!fn.judgesMissing && at.value === undefined) return false;
  const memo = bound.memo;
  if (memo) {
    const value = unwrap(at.value);
    if (value === null || typeof value !== 'object') {
      let met = memo.get(value);
      if (met === undefined) {
        met = run(bound, at, target, t, scope).length === 0;
        if (memo.size < MEMO_LIMIT) memo.set(value, met);
      }
      return met;
    }
  }
  return run(bound, at, target, t, scope).length === 0;
}

/** Distinct values remembered per clause, options and file: element kinds, methods, flags; not every URL. */
const MEMO_LIMIT = 1000;

function memoOf(
  planned: PlannedClause,
  fn: RuleFunction<never>,
  functionOptions: unknown,
): Map<unknown, boolean> | undefined {
  if (!fn.valueAlone || typeof functionOptions !== 'object' || functionOptions === null) return undefined;
  let memo = planned.memos.get(functionOptions);
  if (!memo) planned.memos.set(functionOptions, (memo = new Map()));
  liveMemos.add(memo);
  return memo;
}

/** The memos the current file filled: emptied with its other caches (`releaseScenario`). */
const liveMemos = new Set<Map<unknown, boolean>>();

function functionOf(planned: PlannedClause): RuleFunction<never> {
  if (!planned.fn) throw new Error(`names function "${planned.clause.function}", which does not exist`);
  return planned.fn;
}

/** The function reads the value and it is one the adapter could not resolve or that is built at run time. */
function unreadable(fn: RuleFunction<never>, value: unknown): boolean {
  if (!fn.readsValue || !isSourceValue(value)) return false;
  return value.kind === 'unknown' || (value.kind === 'string' && value.template === true);
}

function run(bound: Bound, at: Located, target: Located, t: number, scope: Scope): FunctionResult[] {
  const { planned, functionOptions } = bound;
  const input: FunctionInput = {
    value: unwrap(at.value),
    located: at,
    target,
    fieldValue: (field) => {
      const other = fieldAt(scope, t, field);
      const known = !other.hidden && !isUnknown(other.value) && !isTemplate(other.value);
      return { value: unwrap(other.value), known };
    },
  };
  // Options read from the user's settings make another schema than the ones compiled at build time.
  if (functionOptions === planned.clause.functionOptions) input.precompiledKey = planned.precompiledKey;
  else if (scope.options === ownOptions(planned.rule))
    input.precompiledKey = defaultsKey(planned.precompiledKey);
  return bound.fn.run(input, functionOptions as never);
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
  bound: Bound,
  target: Located,
  t: number,
  located: Located,
  result: FunctionResult,
  scope: Scope,
): CheckReport {
  const clause = bound.planned.clause;
  const at = clause.at ? fieldAt(scope, t, clause.at) : undefined;
  return {
    loc: result.loc ?? (at ? (at.keyLoc ?? at.loc) : located.loc),
    messageId: messageIdFor(scope.rule, scope.scenario, clause, result.kind),
    data: messageData(bound, target, located, result, scope),
  };
}

/**
 * The placeholders a rule's messages and fix fill, from (last wins) the scalars of the selected value, of
 * the rule's options and of the clause's, then `value`, `path`, `key`, `field`, `tool`, the scenario's
 * facts (`{{$.criteria.count}}`) and what the function said. Only the names the rule's texts hold are
 * looked up: showing a value (`{{value}}` of a whole mapping) or listing every scalar of a JMeter element
 * costs more than the rest of the report.
 */
function messageData(
  bound: Bound,
  target: Located,
  located: Located,
  result: FunctionResult,
  scope: Scope,
): Record<string, string | number> {
  const data: Record<string, string | number> = {};
  let fromValues: Record<string, string | number> | undefined;
  const valueOf = (name: string): string | number | undefined => {
    if (result.data && Object.hasOwn(result.data, name)) return result.data[name];
    const fact = name.startsWith(ROOT_PREFIX) ? rootFact(scope.root, name) : undefined;
    if (fact !== undefined) return fact;
    switch (name) {
      case 'tool':
        return scope.scenario.tool;
      case 'field':
        return bound.planned.clause.field ?? '';
      case 'key':
        return target.key ?? located.key ?? located.path;
      case 'path':
        return located.path;
      case 'value':
        return display(unwrap(located.value));
    }
    fromValues ??= {
      ...scalars(target.value),
      ...ownScalars(scope.options),
      ...ownScalars(bound.functionOptions),
    };
    return Object.hasOwn(fromValues, name) ? fromValues[name] : undefined;
  };
  for (const name of placeholdersOf(scope.rule)) {
    const value = valueOf(name);
    if (value !== undefined) data[name] = value;
  }
  return data;
}

/** `{{$.criteria.count}}` in a message or the fix: the scenario's fact, when it is a scalar. */
function rootFact(root: Located, name: string): string | undefined {
  const value = unwrap(rootField(root, name.slice(ROOT_PREFIX.length)).value);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
    return display(value);
  return undefined;
}

/** The placeholders of a rule's messages and fix, read from its texts once. */
const placeholderNames = new WeakMap<RuleDefinition, readonly string[]>();

function placeholdersOf(rule: RuleDefinition): readonly string[] {
  let names = placeholderNames.get(rule);
  if (!names) {
    const texts = [
      rule.summary,
      ...Object.values(rule.messages),
      ...(typeof rule.fix === 'string' ? [rule.fix] : Object.values(rule.fix ?? {})),
    ];
    placeholderNames.set(rule, (names = [...new Set(texts.flatMap(placeholders))]));
  }
  return names;
}

/** Options objects are the same for every file no user setting changes: their scalars are listed once. */
const optionScalars = new WeakMap<object, Record<string, string | number>>();

function ownScalars(options: unknown): Record<string, string | number> {
  if (typeof options !== 'object' || options === null) return scalars(options);
  let out = optionScalars.get(options);
  if (!out) optionScalars.set(options, (out = scalars(options)));
  return out;
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
