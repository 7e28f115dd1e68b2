import type { Location } from '../location.js';
import type { JmxElement } from './tree.js';
import type { XmlElement } from './xml.js';

/** JMeter's property elements: `<stringProp name="ThreadGroup.num_threads">10</stringProp>`. */
const VALUE_PROPS = new Set(['stringProp', 'boolProp', 'intProp', 'longProp', 'doubleProp', 'floatProp']);

export interface PropValue {
  text: string;
  loc: Location;
}

/** A direct property of an element (or of a nested elementProp) by its `name`. */
export function propXml(owner: XmlElement, name: string): XmlElement | undefined {
  for (const child of owner.children) if (child.attributes.name === name) return child;
  return undefined;
}

/** A value property's text and place; follows `elementProp` names for nested ones: `prop(tg, 'ThreadGroup.main_controller', 'LoopController.loops')`. */
export function prop(element: JmxElement | XmlElement, ...path: string[]): PropValue | undefined {
  let owner: XmlElement | undefined = 'xml' in element ? element.xml : element;
  const file = 'xml' in element ? element.loc.file : '';
  for (let i = 0; i < path.length && owner; i++) owner = propXml(owner, path[i]!);
  if (!owner || !VALUE_PROPS.has(owner.name)) return undefined;
  return { text: owner.text, loc: { file, line: owner.line, column: owner.column } };
}

export function propText(element: JmxElement | XmlElement, ...path: string[]): string | undefined {
  return prop(element, ...path)?.text;
}

export function propBool(element: JmxElement, ...path: string[]): boolean | undefined {
  const text = propText(element, ...path)
    ?.trim()
    .toLowerCase();
  return text === 'true' ? true : text === 'false' ? false : undefined;
}

/** A JMeter reference: a variable `${name}` or a function `${__P(name,default)}`. */
export function hasReference(text: string): boolean {
  return text.includes('${');
}

/**
 * A property set from outside the plan: `${__P(threads,10)}`, `${__property(threads,,10)}`, and the
 * environment `${__env(HOST)}` / `${__groovy(System.getenv(...))}`. These are parameters, never hard-coded
 * values. Returns the default written in the plan when there is one.
 */
export function propertyReference(text: string): { name: string; defaultValue?: string } | undefined {
  const p = /^\$\{__P\(\s*([^,)]*?)\s*(?:,\s*([^)]*?)\s*)?\)\}$/.exec(text.trim());
  if (p) return p[2] !== undefined && p[2] !== '' ? { name: p[1]!, defaultValue: p[2] } : { name: p[1]! };
  const q = /^\$\{__property\(\s*([^,)]*?)\s*(?:,[^,)]*(?:,\s*([^)]*?)\s*)?)?\)\}$/.exec(text.trim());
  if (q) return q[2] !== undefined && q[2] !== '' ? { name: q[1]!, defaultValue: q[2] } : { name: q[1]! };
  const e = /^\$\{__env\(\s*([^,)]*?)\s*(?:,\s*([^)]*?)\s*)?\)\}$/.exec(text.trim());
  if (e) return e[2] !== undefined && e[2] !== '' ? { name: e[1]!, defaultValue: e[2] } : { name: e[1]! };
  return undefined;
}

/** Parameters anywhere in a value: `${__P(`, `${__property(`, `${__env(`, `System.getenv`. */
export function mentionsParameter(text: string): boolean {
  return /\$\{__(?:P|property|env|groovy\(\s*System\.getenv)\(/i.test(text);
}

export type NumberReading =
  | { kind: 'number'; value: number; loc: Location }
  /** A property or variable without a default we can read: set at run time. */
  | { kind: 'unknown'; loc?: Location }
  | { kind: 'absent' };

/**
 * A numeric property: a literal, or a property reference's default (`${__P(threads,10)}` runs with 10 unless
 * the command line says otherwise, which is what the plan itself promises). Anything else is unknown.
 */
export function propNumber(element: JmxElement, ...path: string[]): NumberReading {
  const value = prop(element, ...path);
  if (!value) return { kind: 'absent' };
  const text = value.text.trim();
  if (text === '') return { kind: 'absent' };
  const literal = toNumber(text);
  if (literal !== undefined) return { kind: 'number', value: literal, loc: value.loc };
  const reference = propertyReference(text);
  const fallback = reference?.defaultValue !== undefined ? toNumber(reference.defaultValue) : undefined;
  if (fallback !== undefined) return { kind: 'number', value: fallback, loc: value.loc };
  return { kind: 'unknown', loc: value.loc };
}

function toNumber(text: string): number | undefined {
  return /^-?\d+(?:\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** The rows of a plugin's table (`collectionProp` of `collectionProp`s of values), each row's values as text. */
export function tableRows(element: JmxElement, name: string): { cells: string[]; loc: Location }[] {
  const table = propXml(element.xml, name);
  if (!table || table.name !== 'collectionProp') return [];
  return table.children
    .filter((row) => row.name === 'collectionProp')
    .map((row) => ({
      cells: row.children.map((cell) => cell.text.trim()),
      loc: { file: element.loc.file, line: row.line, column: row.column },
    }));
}
