import type { Scenario } from '../../scenario/model.js';
import { getValue, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * The generic check behind most JMeter rules: enabled elements of given kinds whose properties match.
 * Rules are data: `kinds`/`kindPattern`/`guiclasses`/`guiclassPattern` select elements, `props` (all must
 * hold), `anyProps` (one must) and `unlessProps` (none may hold all) test their properties by name, with
 * `/` between nested property names (`ThreadGroup.main_controller/LoopController.loops`). `reportAt` names
 * the property the finding points to, when there is one. Disabled elements are not in the tree.
 */
interface Condition {
  equals?: unknown;
  in?: unknown[];
  notIn?: unknown[];
  pattern?: string;
  /** Absent, or an empty string. */
  empty?: boolean;
}

interface Options {
  kinds?: string[];
  kindPattern?: string;
  guiclasses?: string[];
  guiclassPattern?: string;
  namePattern?: string;
  props?: Record<string, Condition>;
  anyProps?: Record<string, Condition>;
  unlessProps?: Record<string, Condition>;
  reportAt?: string;
  /** `namePattern` ignores `${name}` of User Defined Variables: they hold one value for the whole run. */
  ignoreUserVariables?: boolean;
  /** Only in plans that generate load: not in a plan whose every thread group is a literal handful of threads. */
  loadPlansOnly?: boolean;
  /** Nothing is reported when the plan has an element of these kinds whose properties match (a While Controller testing `<EOF>`). */
  unlessPlanHas?: { kinds: string[]; props?: Record<string, Condition> };
}

/** The k6 guide's smoke test: "a few VUs — more than 5 VUs could be considered a mini-load test". */
const SMOKE_THREADS = 5;

/**
 * A functional or smoke plan: every workload is a closed group of at most five threads, written as a
 * literal. A count from a property (`${__P(threads,1)}`) is set per run, so that plan may well be a load test.
 */
function isSmokePlan(scenario: Scenario, elements: SourceValue[]): boolean {
  if (scenario.workloads.length === 0) return false;
  return scenario.workloads.every((w) => {
    if (w.model !== 'closed' || w.partiallyUnknown || w.maxVUs === undefined || w.maxVUs > SMOKE_THREADS)
      return false;
    const group = elements.find(
      (e) => text(getValue(e, 'name')) === w.name && text(getValue(e, 'kind')) === w.executor,
    );
    const props = getValue(group, 'props');
    const count = getValue(props, 'ThreadGroup.num_threads') ?? getValue(props, 'TargetLevel');
    return count?.kind === 'string' ? !count.value.includes('${') : count !== undefined;
  });
}

const conditionSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    equals: {},
    in: { type: 'array' },
    notIn: { type: 'array' },
    pattern: { type: 'string' },
    empty: { type: 'boolean' },
  },
};
const conditions = { type: 'object', additionalProperties: conditionSchema };

export const check: CheckFunction = {
  name: 'jmeter-elements',
  optionsSchema: {
    type: 'object',
    properties: {
      kinds: { type: 'array', items: { type: 'string' } },
      kindPattern: { type: 'string' },
      guiclasses: { type: 'array', items: { type: 'string' } },
      guiclassPattern: { type: 'string' },
      namePattern: { type: 'string' },
      props: conditions,
      anyProps: conditions,
      unlessProps: conditions,
      reportAt: { type: 'string' },
      ignoreUserVariables: { type: 'boolean' },
      loadPlansOnly: { type: 'boolean' },
      unlessPlanHas: {
        type: 'object',
        properties: { kinds: { type: 'array', items: { type: 'string' } }, props: conditions },
      },
    },
  },
  run(target, ctx) {
    const scenario = target as Scenario;
    if (scenario?.tool !== 'jmeter') return;
    const options = ctx.options as Options;
    const elements = getValue(scenario.native, 'elements');
    if (elements?.kind !== 'array') return;
    if (options.loadPlansOnly && isSmokePlan(scenario, elements.items)) return;
    const unless = options.unlessPlanHas;
    if (
      unless &&
      elements.items.some(
        (e) =>
          unless.kinds.includes(text(getValue(e, 'kind'))) &&
          Object.entries(unless.props ?? {}).every(([p, c]) => holds(getValue(e, 'props'), p, c)),
      )
    )
      return;
    const kindRe = options.kindPattern ? new RegExp(options.kindPattern) : undefined;
    const guiRe = options.guiclassPattern ? new RegExp(options.guiclassPattern) : undefined;
    const nameRe = options.namePattern ? new RegExp(options.namePattern) : undefined;
    const userVariables = getValue(scenario.native, 'userVariables');
    const constants = new Set(
      options.ignoreUserVariables && userVariables?.kind === 'array' ? userVariables.items.map(text) : [],
    );
    for (const element of elements.items) {
      const kind = text(getValue(element, 'kind'));
      const guiclass = text(getValue(element, 'guiclass'));
      const name = text(getValue(element, 'name'));
      const byKind = options.kinds?.includes(kind) || kindRe?.test(kind);
      const gui = guiclass.slice(guiclass.lastIndexOf('.') + 1);
      const byGui = options.guiclasses?.includes(gui) || guiRe?.test(guiclass);
      const selectors = [options.kinds || kindRe, options.guiclasses || guiRe].filter(Boolean).length;
      if (selectors > 0 && !byKind && !byGui) continue;
      const label = constants.size
        ? name.replace(/\$\{([^${}()]+)\}/g, (ref, v: string) => (constants.has(v) ? '' : ref))
        : name;
      if (nameRe && !nameRe.test(label)) continue;
      const props = getValue(element, 'props');
      if (options.props && !Object.entries(options.props).every(([p, c]) => holds(props, p, c))) continue;
      if (options.anyProps && !Object.entries(options.anyProps).some(([p, c]) => holds(props, p, c)))
        continue;
      if (options.unlessProps && Object.entries(options.unlessProps).every(([p, c]) => holds(props, p, c)))
        continue;
      const at = options.reportAt ? propAt(props, options.reportAt) : undefined;
      ctx.report({
        loc: at?.loc ?? element.loc,
        data: {
          name: name || kind,
          kind,
          guiclass: gui,
          value: at && at.kind !== 'object' && at.kind !== 'array' && 'value' in at ? String(at.value) : '',
        },
      });
    }
  },
};

function text(value: SourceValue | undefined): string {
  return value?.kind === 'string' ? value.value : '';
}

function propAt(props: SourceValue | undefined, path: string): SourceValue | undefined {
  let node = props;
  for (const key of path.split('/')) node = getValue(node, key);
  return node;
}

function holds(props: SourceValue | undefined, path: string, c: Condition): boolean {
  const node = propAt(props, path);
  const value =
    node && (node.kind === 'string' || node.kind === 'number' || node.kind === 'boolean')
      ? node.value
      : undefined;
  // JMeter writes the same setting as `<boolProp>true` or `<stringProp>true` across versions.
  const same = (a: unknown, b: unknown) => a === b || (a !== undefined && String(a) === String(b));
  if (c.empty !== undefined && (value === undefined || value === '') !== c.empty) return false;
  if (c.equals !== undefined && !same(value, c.equals)) return false;
  if (c.in && !c.in.some((v) => same(value, v))) return false;
  if (c.notIn && (value === undefined || c.notIn.some((v) => same(value, v)))) return false;
  if (c.pattern !== undefined && (value === undefined || !new RegExp(c.pattern).test(String(value))))
    return false;
  return true;
}
