import { Minimatch } from 'minimatch';
import { artilleryAdapter } from './artillery/adapter.js';
import { gatlingAdapter } from './gatling/adapter.js';
import { jmeterAdapter } from './jmeter/adapter.js';
import { k6Adapter } from './k6/adapter.js';
import { locustAdapter } from './locust/adapter.js';
import type { ScenarioAdapter } from './model.js';
import { taurusAdapter } from './taurus/adapter.js';
import { toolName } from './tool-names.js';

/** Every scenario adapter, in the order they are asked. Adding a tool adds one line here. */
export const scenarioAdapters: readonly ScenarioAdapter[] = [
  k6Adapter,
  artilleryAdapter,
  jmeterAdapter,
  locustAdapter,
  gatlingAdapter,
  taurusAdapter,
];

/**
 * The tools scenarios are read for, as users name them in a sentence: "k6, Artillery, JMeter, Locust, Gatling
 * or Taurus".
 */
export const scenarioToolNames = scenarioAdapters
  .map((a) => toolName(a.tool))
  .join(', ')
  .replace(/, ([^,]*)$/, ' or $1');

/** Each adapter's name patterns, compiled once: every file (and every fix verified on it) is matched. */
const compiled = new Map<string, Minimatch>();

function nameFits(adapter: ScenarioAdapter, name: string): boolean {
  return adapter.filePatterns.some((p) => {
    let m = compiled.get(p);
    if (!m) compiled.set(p, (m = new Minimatch(p, { nocase: true, dot: true })));
    return m.match(name);
  });
}

function baseName(file: string): string {
  return file.replace(/\\/g, '/').split('/').pop() ?? file;
}

/** Could any adapter read a file of this name? Cheap: decides which files discovery opens at all. */
export function claimsByName(file: string): boolean {
  const name = baseName(file);
  return scenarioAdapters.some((a) => nameFits(a, name));
}

/** Is the file's name one only a single tool uses (`*.jmx`)? Such a file is reported even when unreadable. */
export function ownedByName(file: string): boolean {
  const name = baseName(file);
  return scenarioAdapters.some((a) => a.ownsFilePatterns && nameFits(a, name));
}

/** The adapter for a file: its name must fit and its content must look like the tool's. */
export function adapterFor(text: string, file: string): ScenarioAdapter | undefined {
  const name = baseName(file);
  return scenarioAdapters.find((a) => nameFits(a, name) && a.sniff(text, file));
}

/** Loads what the adapter claiming this file needs before `parse` (a wasm grammar); nothing for the others. */
export async function prepareAdapterFor(text: string, file: string): Promise<void> {
  await adapterFor(text, file)?.prepare?.(file);
}

/** Loads every adapter's parser: for commands that parse many files synchronously (maturity, rules). */
export async function prepareAllAdapters(): Promise<void> {
  await Promise.all(scenarioAdapters.map((a) => a.prepare?.()));
}
