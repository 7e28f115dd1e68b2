import type { Location } from '../location.js';
import type { CheckRef, HostRef, Request, ThinkTime } from '../model.js';
import type { SourceValue } from '../value.js';
import { readThinkSeconds } from './durations.js';
import { isTemplate, originOf } from './templates.js';
import { entriesOf, getEntry, getValue, itemsOf, stringOf } from './tree.js';

export const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

/** Engines whose flows run HTTP steps: the default engine, `http`, and `socketio` (which mixes both). */
const HTTP_ENGINES = new Set(['http', 'socketio']);

export interface FlowFacts {
  requests: Request[];
  thinkTimes: ThinkTime[];
  checks: CheckRef[];
  hosts: HostRef[];
}

export interface FlowOptions {
  /** `config.plugins.expect` is configured somewhere: without it, `expect:` is ignored by Artillery. */
  expectPluginEnabled: boolean;
  /** Does Artillery emit one metric per distinct URL (metrics-by-endpoint with `groupDynamicURLs: false`)? */
  perUrlMetrics: (name: string | undefined) => boolean;
}

/** A flow with the name findings should show for it, and whether its HTTP steps are HTTP requests at all. */
export interface NamedFlow {
  flow: SourceValue;
  /** The `flow` key, where findings about the flow as a whole point. */
  keyLoc: Location;
  within: string;
  http: boolean;
}

/** Every flow of the script: `scenarios[*].flow`, and the top-level `before` and `after` flows. */
export function flowsOf(document: SourceValue | undefined): NamedFlow[] {
  const flows: NamedFlow[] = [];
  const scenarios = getValue(document, 'scenarios');
  itemsOf(scenarios).forEach((scenario, i) => {
    const entry = getEntry(scenario, 'flow');
    if (!entry) return;
    const name = stringOf(getValue(scenario, 'name'));
    flows.push({
      flow: entry.value,
      keyLoc: entry.keyLoc,
      within: name && name.trim() !== '' ? name : `scenarios[${i}]`,
      http: isHttpEngine(scenario),
    });
  });
  for (const hook of ['before', 'after']) {
    const section = getValue(document, hook);
    const entry = getEntry(section, 'flow');
    if (entry)
      flows.push({ flow: entry.value, keyLoc: entry.keyLoc, within: hook, http: isHttpEngine(section) });
  }
  return flows;
}

function isHttpEngine(scenario: SourceValue | undefined): boolean {
  const engine = getValue(scenario, 'engine');
  if (engine === undefined || engine.kind === 'null') return true;
  return engine.kind === 'string' && HTTP_ENGINES.has(engine.value);
}

/** Visits every step, descending into `loop:` and `parallel:` blocks, in source order. */
export function forEachStep(flow: SourceValue, visit: (step: SourceValue) => void, depth = 0): void {
  if (depth > 50) return;
  for (const step of itemsOf(flow)) {
    visit(step);
    for (const nested of ['loop', 'parallel']) {
      const inner = getValue(step, nested);
      if (inner) forEachStep(inner, visit, depth + 1);
    }
  }
}

/**
 * WebSocket and Socket.IO steps (`send`, `emit`, `connect`) are not recorded as requests: the tool-neutral
 * rules reason about HTTP requests (URL cardinality, response validation), which these steps are not.
 */
export function readFlows(document: SourceValue | undefined, options: FlowOptions): FlowFacts {
  const facts: FlowFacts = { requests: [], thinkTimes: [], checks: [], hosts: [] };
  for (const { flow, within, http } of flowsOf(document)) {
    forEachStep(flow, (step) => {
      const think = getEntry(step, 'think');
      if (think) {
        const reading = readThinkSeconds(scalarValue(think.value));
        const t: ThinkTime = { within, loc: think.keyLoc };
        if (reading.kind === 'seconds') t.seconds = reading.seconds;
        facts.thinkTimes.push(t);
        return;
      }
      if (!http) return;
      const methodEntry = entriesOf(step).find((e) => (HTTP_METHODS as readonly string[]).includes(e.key));
      if (methodEntry)
        readRequest(methodEntry.key, methodEntry.keyLoc, methodEntry.value, within, options, facts);
    });
  }
  return facts;
}

function readRequest(
  method: string,
  methodLoc: Request['loc'],
  spec: SourceValue,
  within: string,
  options: FlowOptions,
  facts: FlowFacts,
): void {
  const urlValue = getValue(spec, 'url') ?? getValue(spec, 'uri');
  const url = stringOf(urlValue) ?? '';
  const name = stringOf(getValue(spec, 'name'));
  const dynamicUrl = isTemplate(url) || (urlValue !== undefined && urlValue.kind === 'unknown');
  const request: Request = {
    method: method.toUpperCase(),
    url,
    dynamicUrl,
    // Artillery aggregates templated URLs: only metrics-by-endpoint with `groupDynamicURLs: false` splits them.
    boundedUrl: !dynamicUrl || !options.perUrlMetrics(name),
    within,
    loc: methodLoc,
  };
  if (name !== undefined) request.name = name;
  facts.requests.push(request);

  if (urlValue?.kind === 'string' && /^(https?|wss?):\/\//i.test(url.trim())) {
    facts.hosts.push({
      value: url,
      origin: originOf(url),
      role: 'url',
      loc: urlValue.loc,
    });
  }
  const expect = getEntry(spec, 'expect');
  if (expect && options.expectPluginEnabled)
    facts.checks.push({ kind: 'expect', within, loc: expect.keyLoc });
  const capture = getEntry(spec, 'capture');
  if (capture) facts.checks.push({ kind: 'capture', within, loc: capture.keyLoc });
  // `match:` is the legacy response check: a capture-like spec with a `value` to compare.
  const match = getEntry(spec, 'match');
  if (match) facts.checks.push({ kind: 'assertion', within, loc: match.keyLoc });
}

function scalarValue(value: SourceValue): unknown {
  return value.kind === 'string' || value.kind === 'number' || value.kind === 'boolean'
    ? value.value
    : value.kind === 'unknown'
      ? '{{ }}'
      : null;
}
