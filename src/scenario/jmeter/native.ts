import type { Location } from '../location.js';
import type { ObjectEntry, SourceValue } from '../value.js';
import type { JmxElement, JmxTree } from './tree.js';
import type { XmlElement } from './xml.js';

/**
 * The plan as rules select into it (`native.elements[*]`): every enabled element in document order, each an
 * object with `tag`, `kind` (the class without its package), `name`, `guiclass`, `threadGroup`, `parent`
 * (the kind of the element it is under) and `props`, its properties by name: strings, booleans and numbers
 * as JMeter types them, `elementProp` as objects, `collectionProp` as lists, a result collector's
 * `saveConfig` as an object of its flags. Every value keeps the line of its property. Disabled elements and
 * what is under them are not there, so rules never need to ask.
 */
export function nativeTree(tree: JmxTree, file: string, version: string | undefined): SourceValue {
  const loc: Location = { file, line: 1, column: 1 };
  const entries: ObjectEntry[] = [];
  if (version !== undefined) entries.push(entry('jmeterVersion', str(version, loc), loc));
  // User Defined Variables are set once for the run: `${name}` of one of them is a constant, not per-request data.
  entries.push(
    entry('userVariables', { kind: 'array', items: userVariables(tree).map((n) => str(n, loc)), loc }, loc),
  );
  entries.push(
    entry('elements', { kind: 'array', items: tree.elements.map((e) => elementValue(e)), loc }, loc),
  );
  return { kind: 'object', entries, loc };
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

function elementValue(element: JmxElement): SourceValue {
  const loc = element.loc;
  const entries: ObjectEntry[] = [
    entry('tag', str(element.tag, loc), loc),
    entry('kind', str(element.kind, loc), loc),
    entry('name', str(element.name, loc), loc),
    entry('guiclass', str(element.guiclass, loc), loc),
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
