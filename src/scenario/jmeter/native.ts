import type { Location } from '../location.js';
import type { Workload } from '../model.js';
import { getValue, type ObjectEntry, type SourceValue } from '../value.js';
import type { JmxElement, JmxTree } from './tree.js';
import type { XmlElement } from './xml.js';

/**
 * The plan as rules select into it (`native.elements[*]`): every enabled element in document order, each an
 * object with `tag`, `kind` (the class without its package), `name`, `guiclass`, `threadGroup`, `parent`
 * (the kind of the element it is under) and `props`, its properties by name: strings, booleans and numbers
 * as JMeter types them, `elementProp` as objects, `collectionProp` as lists, a result collector's
 * `saveConfig` as an object of its flags. Every value keeps the line of its property. Disabled elements and
 * what is under them are not there, so rules never need to ask.
 *
 * Facts rules state conditions on, so that they need no code: each element's `title` (its name, or its kind
 * when unnamed), `guiclassName` (the GUI class without its package), `label` (its name with the references
 * to User Defined Variables taken out: what is left varies per sample), a Thread Group's `stoppable` (an
 * element in its scope may stop its threads), a JSR223 element's `varyingReference` (the first `${...}` in
 * its script that stands for a value changing during the run), and the plan's `smokePlan`, `threads` and
 * `threadGroups`.
 */
export function nativeTree(
  tree: JmxTree,
  file: string,
  version: string | undefined,
  workloads: readonly Workload[],
  dataVariables: readonly string[] = [],
): SourceValue {
  const loc: Location = { file, line: 1, column: 1 };
  const entries: ObjectEntry[] = [];
  if (version !== undefined) entries.push(entry('jmeterVersion', str(version, loc), loc));
  // User Defined Variables are set once for the run: `${name}` of one of them is a constant, not per-request data.
  const variables = userVariables(tree);
  entries.push(entry('userVariables', { kind: 'array', items: variables.map((n) => str(n, loc)), loc }, loc));
  const constants = new Set(variables);
  // `elements[i]` is the value of `tree.elements[i]`: the facts below read kinds and names from the element,
  // which has them as fields, rather than searching each value's entries for them.
  const elements = tree.elements.map((e) => elementValue(e, constants));
  markStoppable(tree.elements, elements);
  markScriptReferences(tree.elements, elements, dataVariables);
  entries.push(entry('elements', { kind: 'array', items: elements, loc }, loc));
  entries.push(
    entry('smokePlan', { kind: 'boolean', value: isSmokePlan(workloads, tree.elements, elements), loc }, loc),
  );
  entries.push(...threadEntries(workloads, loc));
  return { kind: 'object', entries, loc };
}

/**
 * One JMeter process runs every thread group of its plan at once (unless the plan serialises them), so the
 * threads of all closed workloads add up: `threads`, located at the largest group's count, and
 * `threadGroups` naming the groups for messages. Workloads we could not read count as nothing.
 */
function threadEntries(workloads: readonly Workload[], loc: Location): ObjectEntry[] {
  const closed = workloads.filter((w) => w.model === 'closed' && w.maxVUs !== undefined);
  if (closed.length === 0) return [];
  const threads = closed.reduce((sum, w) => sum + (w.maxVUs ?? 0), 0);
  const largest = closed.reduce((a, b) => ((b.maxVUs ?? 0) > (a.maxVUs ?? 0) ? b : a));
  const at = largest.stages[largest.stages.length - 1]?.loc ?? largest.loc;
  const groups = closed.length === 1 ? `Thread Group "${largest.name}"` : `${closed.length} thread groups`;
  return [
    entry('threads', { kind: 'number', value: threads, loc: at }, loc),
    entry('threadGroups', { kind: 'string', value: groups, loc: at }, loc),
  ];
}

/** The k6 guide's smoke test: "a few VUs — more than 5 VUs could be considered a mini-load test". */
const SMOKE_THREADS = 5;

/**
 * A functional or smoke plan: every workload is a closed group of at most five threads, written as a
 * literal. A count from a property (`${__P(threads,1)}`) is set per run, so that plan may well be a load test.
 */
function isSmokePlan(
  workloads: readonly Workload[],
  jmx: readonly JmxElement[],
  elements: readonly SourceValue[],
): boolean {
  if (workloads.length === 0) return false;
  return workloads.every((w) => {
    if (w.model !== 'closed' || w.partiallyUnknown || w.maxVUs === undefined || w.maxVUs > SMOKE_THREADS)
      return false;
    const index = jmx.findIndex((e) => e.name === w.name && e.kind === w.executor);
    const props = getValue(elements[index], 'props');
    const count = getValue(props, 'ThreadGroup.num_threads') ?? getValue(props, 'TargetLevel');
    return count?.kind === 'string' ? !count.value.includes('${') : count !== undefined;
  });
}

/**
 * A thread that loops forever may still end: a CSV Data Set with "Stop thread on EOF", a Flow Control
 * Action, or a script that may call `ctx.getThread().stop()` (scripts are not read, so they count). An
 * element at the plan's level is in scope of every Thread Group.
 */
function markStoppable(jmx: readonly JmxElement[], elements: readonly SourceValue[]): void {
  const stoppers = new Set<string | undefined>();
  jmx.forEach(({ kind, threadGroup }, i) => {
    const stops =
      (kind === 'CSVDataSet' &&
        scalarText(getValue(getValue(elements[i], 'props'), 'stopThread')) === 'true') ||
      kind === 'TestAction' ||
      /^(?:JSR223|BeanShell)/.test(kind);
    if (stops) stoppers.add(threadGroup);
  });
  jmx.forEach(({ kind, name }, i) => {
    const element = elements[i];
    if (element?.kind !== 'object' || kind !== 'ThreadGroup') return;
    const stoppable = stoppers.has(undefined) || stoppers.has(name);
    element.entries.push(
      entry('stoppable', { kind: 'boolean', value: stoppable, loc: element.loc }, element.loc),
    );
  });
}

/** Properties that name a variable an element sets: extractors' reference names, counters. */
const REFERENCE_NAMES = [
  'RegexExtractor.refname',
  'BoundaryExtractor.refname',
  'JSONPostProcessor.referenceNames',
  'XPathExtractor.refname',
  'XPathExtractor2.refname',
  'HtmlExtractor.refname',
  'CounterConfig.name',
  'variableName',
];

const SETS_VARIABLES = /Extractor$|^(?:JSONPostProcessor|CounterConfig|RegexExtractor|HtmlExtractor)$/;

/**
 * The first `${...}` in a JSR223 script that JMeter replaces with a value changing during the run: a
 * variable the plan sets (CSV columns, extractor and counter names) or a function call other than
 * `__P`/`__property`/`__env`. Groovy's own `"${x}"` interpolation looks the same and is not one; User
 * Defined Variables are set once. Recorded as `varyingReference` (`${id}`, `${__Random(...)}`) and
 * `varyingVariable` (the name to read with vars.get, or `name` for a function).
 */
function markScriptReferences(
  jmx: readonly JmxElement[],
  elements: readonly SourceValue[],
  dataVariables: readonly string[],
): void {
  const scripts = elements.filter((_, i) => /^JSR223/.test(jmx[i]!.kind));
  if (scripts.length === 0) return;
  const variables = new Set(dataVariables);
  for (let i = 0; i < jmx.length; i++) {
    // Only the elements that set variables: reading the others' properties would build them all.
    if (!SETS_VARIABLES.test(jmx[i]!.kind)) continue;
    const props = getValue(elements[i], 'props');
    for (const key of REFERENCE_NAMES) {
      for (const n of text(getValue(props, key)).split(/[;,]/)) if (n.trim()) variables.add(n.trim());
    }
  }
  for (const element of scripts) {
    const script = getValue(getValue(element, 'props'), 'script');
    if (script?.kind !== 'string' || element.kind !== 'object') continue;
    for (const match of script.value.matchAll(/\$\{(__\w+\(|[A-Za-z_][\w.-]*\})/g)) {
      const ref = match[1]!;
      const isFunction = ref.startsWith('__');
      const name = ref.slice(0, -1);
      if (!isFunction && !variables.has(name)) continue;
      // Properties and the environment hold one value for the run: the first replacement is the only one.
      if (isFunction && /^__(?:P|property|env)$/.test(name)) continue;
      const loc = element.loc;
      const reference = isFunction ? `\${${name}(...)}` : `\${${name}}`;
      element.entries.push(
        entry('varyingReference', { kind: 'string', value: reference, loc }, loc),
        entry('varyingVariable', { kind: 'string', value: isFunction ? 'name' : name, loc }, loc),
      );
      break;
    }
  }
}

function scalarText(v: SourceValue | undefined): string {
  return v && (v.kind === 'string' || v.kind === 'number' || v.kind === 'boolean') ? String(v.value) : '';
}

function text(value: SourceValue | undefined): string {
  return value?.kind === 'string' ? value.value : '';
}

/** The name without `${v}` of User Defined Variables, which hold one value for the whole run. */
function labelOf(name: string, constants: ReadonlySet<string>): string {
  if (constants.size === 0) return name;
  return name.replace(/\$\{([^${}()]+)\}/g, (ref, v: string) => (constants.has(v) ? '' : ref));
}

/** Names the Test Plan's and the User Defined Variables elements' argument lists define. */
function userVariables(tree: JmxTree): string[] {
  const names: string[] = [];
  for (const element of tree.elements) {
    const owner =
      element.kind === 'TestPlan'
        ? element.xml.children.find((c) => c.attributes.name === 'TestPlan.user_defined_variables')
        : element.kind === 'Arguments'
          ? element.xml
          : undefined;
    const list = owner?.children.find((c) => c.attributes.name === 'Arguments.arguments');
    for (const arg of list?.children ?? []) {
      const name = arg.children.find((c) => c.attributes.name === 'Argument.name')?.text.trim();
      if (name) names.push(name);
    }
  }
  return names;
}

function entry(key: string, value: SourceValue, keyLoc: Location): ObjectEntry {
  return { key, keyLoc, value };
}

function str(value: string, loc: Location): SourceValue {
  return value.includes('${')
    ? { kind: 'string', value, loc, template: true }
    : { kind: 'string', value, loc };
}

function elementValue(element: JmxElement, constants: ReadonlySet<string>): SourceValue {
  const loc = element.loc;
  const gui = element.guiclass;
  const entries: ObjectEntry[] = [
    entry('tag', str(element.tag, loc), loc),
    entry('kind', str(element.kind, loc), loc),
    entry('name', str(element.name, loc), loc),
    entry('guiclass', str(gui, loc), loc),
    entry('guiclassName', str(gui.slice(gui.lastIndexOf('.') + 1), loc), loc),
    entry('title', str(element.name || element.kind, loc), loc),
    // Plain text, not a template: rules read the variable references that are left.
    entry('label', { kind: 'string', value: labelOf(element.name, constants), loc }, loc),
  ];
  if (element.threadGroup !== undefined)
    entries.push(entry('threadGroup', str(element.threadGroup, loc), loc));
  if (element.parent) entries.push(entry('parent', str(element.parent.kind, loc), loc));
  entries.push(
    entry(
      'props',
      lazyObject(() => propsEntries(element.xml, loc.file), loc),
      loc,
    ),
  );
  return { kind: 'object', entries, loc };
}

const NUMBER_PROPS = new Set(['intProp', 'longProp', 'doubleProp', 'floatProp']);

/**
 * An object whose entries are built when a rule first reads them. Most rules look at a few kinds of element,
 * so the properties of the rest (most of a large plan) are never turned into values at all.
 */
function lazyObject(build: () => ObjectEntry[], loc: Location): SourceValue {
  return new LazyObject(build, loc) as SourceValue;
}

/**
 * The getter lives on the prototype: an object literal with its own getter costs a runtime call and a
 * closure per element, which in a large plan was most of the time spent building the native tree.
 */
class LazyObject {
  readonly kind = 'object';
  readonly loc: Location;
  #build: (() => ObjectEntry[]) | undefined;
  #entries: ObjectEntry[] | undefined;
  constructor(build: () => ObjectEntry[], loc: Location) {
    this.#build = build;
    this.loc = loc;
  }
  get entries(): ObjectEntry[] {
    if (!this.#entries) {
      this.#entries = this.#build!();
      this.#build = undefined;
    }
    return this.#entries;
  }
}

/** The properties of an element or elementProp, by name. Bounded by the XML reader's depth limit. */
function propsValue(owner: XmlElement, file: string, loc: Location): SourceValue {
  return { kind: 'object', entries: propsEntries(owner, file), loc };
}

function propsEntries(owner: XmlElement, file: string): ObjectEntry[] {
  const entries: ObjectEntry[] = [];
  for (const child of owner.children) {
    const name = child.attributes.name ?? (child.name === 'objProp' ? objPropName(child) : undefined);
    if (name === undefined) continue;
    const at: Location = { file, line: child.line, column: child.column };
    const value = propValue(child, file, at);
    if (value) entries.push(entry(name, value, at));
  }
  return entries;
}

function objPropName(node: XmlElement): string | undefined {
  return node.children.find((c) => c.name === 'name')?.text.trim();
}

function propValue(node: XmlElement, file: string, at: Location): SourceValue | undefined {
  switch (node.name) {
    case 'stringProp':
      return str(node.text, at);
    case 'boolProp': {
      const t = node.text.trim().toLowerCase();
      return t === 'true' || t === 'false'
        ? { kind: 'boolean', value: t === 'true', loc: at }
        : str(node.text, at);
    }
    case 'elementProp':
      return propsValue(node, file, at);
    case 'collectionProp':
      return {
        kind: 'array',
        items: node.children
          .map((c) => propValue(c, file, { file, line: c.line, column: c.column }))
          .filter((v): v is SourceValue => v !== undefined),
        loc: at,
      };
    case 'objProp': {
      // `saveConfig`: `<value class="SampleSaveConfiguration"><xml>false</xml>...</value>`.
      const value = node.children.find((c) => c.name === 'value');
      if (!value) return undefined;
      const entries = value.children.map((c) => {
        const cAt: Location = { file, line: c.line, column: c.column };
        const t = c.text.trim();
        const v: SourceValue =
          t === 'true' || t === 'false' ? { kind: 'boolean', value: t === 'true', loc: cAt } : str(t, cAt);
        return entry(c.name, v, cAt);
      });
      return { kind: 'object', entries, loc: at };
    }
    default: {
      if (NUMBER_PROPS.has(node.name)) {
        const n = Number(node.text.trim());
        return Number.isFinite(n) && node.text.trim() !== ''
          ? { kind: 'number', value: n, loc: at }
          : str(node.text, at);
      }
      return undefined;
    }
  }
}
