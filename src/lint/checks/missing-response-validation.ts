import { flowsOf, forEachStep, HTTP_METHODS } from '../../scenario/artillery/flows.js';
import { entriesOf, getEntry, getValue, itemsOf } from '../../scenario/artillery/tree.js';
import { isMetricsWrite } from '../../scenario/metrics-writes.js';
import type { Scenario } from '../../scenario/model.js';
import type { SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/** k6's own modules: they add no response validation that the adapter would not see as a `check`. */
const K6_BUILTIN = /^k6(?:\/|$)/;

/**
 * A load test that never looks at responses counts an error page served quickly as a success: the numbers
 * look good while the system is broken. Reported once, on the first request, when the file sends requests
 * and validates none of them, and nothing we cannot read (a helper module, a processor hook) could.
 */
export const check: CheckFunction = {
  name: 'missing-response-validation',
  run(scenario, ctx) {
    if (!Array.isArray(scenario?.requests) || !Array.isArray(scenario.checks)) return;
    // A library's requests are checked, or not, by the script that calls them.
    if (scenario.module) return;
    // A sampler pushing the test's telemetry to InfluxDB is not a request under test: nobody checks it.
    const requests = scenario.requests.filter((r) => !isMetricsWrite(r));
    const first = requests[0];
    if (!first || scenario.checks.length > 0) return;
    if (scenario.tool === 'k6') {
      // A remote or bundled library (k6chaijs `expect`, a team's helper package) or an unreadable local file may validate.
      const opaque = scenario.imports?.some(
        (i) => i.resolved === false || (!K6_BUILTIN.test(i.specifier) && i.resolved === undefined),
      );
      if (opaque) return;
      ctx.report({ loc: first.loc, messageId: 'k6', data: { count: requests.length } });
      return;
    }
    if (scenario.tool === 'jmeter') {
      // A script post-processor or listener can fail samples (`prev.setSuccessful(false)`); we do not read scripts.
      const elements = getValue(scenario.native, 'elements');
      const scripted =
        elements?.kind === 'array' &&
        elements.items.some((e) => {
          const kind = getValue(e, 'kind');
          return (
            kind?.kind === 'string' && /^(?:JSR223|BeanShell)(?:PostProcessor|Listener)$/.test(kind.value)
          );
        });
      if (scripted) return;
      ctx.report({ loc: first.loc, messageId: 'jmeter', data: { count: requests.length } });
      return;
    }
    if (scenario.tool === 'locust' || scenario.tool === 'gatling') {
      // Both fail HTTP error statuses by themselves (Gatling's default check: 2xx or 304); content is unchecked.
      ctx.report({ loc: first.loc, messageId: scenario.tool, data: { count: requests.length } });
      return;
    }
    if (scenario.tool === 'taurus') {
      if (taurusValidatesElsewhere(scenario)) return;
      ctx.report({ loc: first.loc, messageId: 'taurus', data: { count: requests.length } });
      return;
    }
    if (scenario.tool === 'artillery') {
      if (hasResponseHooks(scenario)) return;
      // Requests that have `expect:` with the plugin off are artillery/expect-without-plugin's, with the real fix.
      if (hasExpectations(scenario)) return;
      ctx.report({ loc: first.loc, messageId: 'artillery', data: { count: requests.length } });
    }
  },
};

/** Does any request carry `expect:` (read only when artillery-plugin-expect is on)? */
function hasExpectations(scenario: Scenario): boolean {
  let found = false;
  for (const { flow } of flowsOf(scenario.native)) {
    forEachStep(flow, (step) => {
      for (const e of entriesOf(step)) {
        if ((HTTP_METHODS as readonly string[]).includes(e.key) && getEntry(e.value, 'expect')) found = true;
      }
    });
  }
  return found;
}

/** `afterResponse` hooks (config, scenario or request level) run processor code that may validate. */
function hasResponseHooks(scenario: Scenario): boolean {
  const document = scenario.native;
  const config = getValue(document, 'config');
  if (getEntry(getValue(config, 'http'), 'afterResponse')) return true;
  for (const s of itemsOf(getValue(document, 'scenarios'))) if (getEntry(s, 'afterResponse')) return true;
  let found = false;
  for (const { flow } of flowsOf(document)) {
    forEachStep(flow, (step) => {
      for (const e of entriesOf(step)) {
        if ((HTTP_METHODS as readonly string[]).includes(e.key) && getEntry(e.value, 'afterResponse'))
          found = true;
      }
    });
  }
  return found;
}

/**
 * Taurus: a `jsr223` block can fail samples in code we do not read, and Selenium `actions` (waits, clicks)
 * fail a step when the page is not what it expects: both validate in their own way.
 */
function taurusValidatesElsewhere(scenario: Scenario): boolean {
  if (scenario.workloads.some((w) => w.executor === 'selenium')) return true;
  let found = false;
  const visit = (value: SourceValue, depth: number): void => {
    if (found || depth > 60) return;
    if (value.kind === 'array') for (const item of value.items) visit(item, depth + 1);
    if (value.kind !== 'object') return;
    for (const entry of value.entries) {
      if (entry.key === 'jsr223' || entry.key === 'actions') found = true;
      visit(entry.value, depth + 1);
    }
  };
  visit(scenario.native, 0);
  return found;
}
