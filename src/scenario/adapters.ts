import { Minimatch } from 'minimatch';
import { artilleryDescriptor } from './artillery/descriptor.js';
import { gatlingDescriptor } from './gatling/descriptor.js';
import { jmeterDescriptor } from './jmeter/descriptor.js';
import { k6Descriptor } from './k6/descriptor.js';
import { locustDescriptor } from './locust/descriptor.js';
import type { AdapterContext, AdapterDescriptor, AdapterResult, ScenarioAdapter } from './model.js';
import { taurusDescriptor } from './taurus/descriptor.js';
import { toolName } from './tool-names.js';

/**
 * An adapter the registry holds by its descriptor: its module (and the parser it needs: Babel, yaml, saxes,
 * tree-sitter) is imported by `prepare`, so `loadgate lint` of one k6 file never loads the XML or Python
 * readers. `parse` before `prepare` is a bug in the caller, reported as the file's diagnostic.
 */
interface LazyAdapter extends ScenarioAdapter {
  /** Imports the adapter's module without loading any grammar (for commands that only run JavaScript parsers). */
  load(): Promise<ScenarioAdapter>;
}

function lazy(descriptor: AdapterDescriptor, importAdapter: () => Promise<ScenarioAdapter>): LazyAdapter {
  let loaded: ScenarioAdapter | undefined;
  const load = async () => (loaded ??= await importAdapter());
  return {
    ...descriptor,
    load,
    async prepare(file?: string) {
      await (await load()).prepare?.(file);
    },
    parse(text: string, file: string, context: AdapterContext): AdapterResult {
      if (!loaded) throw new Error(`the ${toolName(descriptor.tool)} reader was not loaded before parsing`);
      return loaded.parse(text, file, context);
    },
  };
}

/** Every scenario adapter, in the order they are asked. Adding a tool adds one line here. */
const lazyAdapters: readonly LazyAdapter[] = [
  lazy(k6Descriptor, async () => (await import('./k6/adapter.js')).k6Adapter),
  lazy(artilleryDescriptor, async () => (await import('./artillery/adapter.js')).artilleryAdapter),
  lazy(jmeterDescriptor, async () => (await import('./jmeter/adapter.js')).jmeterAdapter),
  lazy(locustDescriptor, async () => (await import('./locust/adapter.js')).locustAdapter),
  lazy(gatlingDescriptor, async () => (await import('./gatling/adapter.js')).gatlingAdapter),
  lazy(taurusDescriptor, async () => (await import('./taurus/adapter.js')).taurusAdapter),
];

export const scenarioAdapters: readonly ScenarioAdapter[] = lazyAdapters;

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

/** Loads every adapter's parser, grammars included: for commands that parse many files synchronously (maturity). */
export async function prepareAllAdapters(): Promise<void> {
  await loadAdapters();
  await Promise.all(scenarioAdapters.map((a) => a.prepare?.()));
}

/**
 * Imports every adapter's module but loads no wasm grammar: enough to parse k6, Artillery, JMeter and Taurus
 * files synchronously (the rules command's examples, tests).
 */
export async function loadAdapters(): Promise<void> {
  // One after the other: Jest's ES module loader fails on concurrent imports that share a dependency.
  for (const adapter of lazyAdapters) await adapter.load();
}
