import type { Location } from '../location.js';
import type {
  AdapterResult,
  CheckRef,
  CriteriaSet,
  Diagnostic,
  HttpOptions,
  Request,
  Scenario,
  ScenarioAdapter,
} from '../model.js';
import { getEntry, getValue, type SourceValue } from '../value.js';
import { markHttpErrorBlindness } from './http-errors.js';
import { parseYamlSource } from '../yaml-source.js';
import { targetsArePlain } from './plain-targets.js';
import { configIsLocal, pluginConfigs, perUrlMetricsFor, readHttpOptions, readTargets } from './config.js';
import { effectiveEnsureEntry, readCriteria } from './ensure.js';
import { readFlows } from './flows.js';
import { functionRefs } from './function-refs.js';
import { ignoredCriteria } from './ignored-criteria.js';
import { jsonWarning } from './json.js';
import { phaseListsOf, readWorkload } from './phases.js';
import { processorConfigured } from './processor.js';
import { requestsPerArrival } from './requests-per-arrival.js';
import { findSecrets } from './secrets.js';
import { artilleryDescriptor } from './descriptor.js';
import { ARTILLERY_TEMPLATE_PATTERN } from './templates.js';

/**
 * Artillery scripts (YAML, or JSON which Artillery also accepts). Reads the document statically: nothing
 * is rendered, no processor module is loaded. A file that is not valid YAML gives a diagnostic with its
 * line; a valid file of the wrong shape still gives a Scenario with what can be read, and the rules report
 * the shape errors.
 */
export const artilleryAdapter: ScenarioAdapter = {
  ...artilleryDescriptor,
  parse: parseArtillery,
};

export function parseArtillery(text: string, file: string): AdapterResult {
  const source = parseYamlSource(text, file, { templatePattern: ARTILLERY_TEMPLATE_PATTERN });
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  const comments = source.comments;
  if (source.empty) {
    diagnostics.push({
      file,
      severity: 'warning',
      message: 'is empty: no Artillery script to read',
      line: 1,
      column: 1,
    });
    return { diagnostics, comments };
  }
  const document = source.value;
  if (!document) return { diagnostics, comments };
  const json = jsonWarning(text, file);
  if (json) diagnostics.push(json);
  if (document.kind !== 'object') {
    diagnostics.push({
      file,
      severity: 'error',
      message: `is not an Artillery script: the top level is ${document.kind === 'array' ? 'a list' : 'a single value'}, not a mapping with config and scenarios`,
      line: document.loc.line,
      column: document.loc.column,
    });
    return { diagnostics, comments };
  }

  const loc: Location = { file, line: 1, column: 1 };
  const config = getValue(document, 'config');
  const expectPluginEnabled = pluginConfigs(config, 'expect').length > 0;
  const flows = readFlows(document, { expectPluginEnabled, perUrlMetrics: perUrlMetricsFor(config) });
  const criteria = expectCriteria(readCriteria(document, configIsLocal(document), loc), config, flows.checks);
  markHttpErrorBlindness(criteria.items, document, expectPluginEnabled, flows.checks);
  const scenario: Scenario = {
    tool: 'artillery',
    file,
    workloads: phaseListsOf(document).map((list) => readWorkload(list.name, list.phases)),
    criteria,
    requests: flows.requests,
    thinkTimes: flows.thinkTimes,
    hosts: [...readTargets(config), ...flows.hosts],
    secrets: findSecrets(document),
    checks: flows.checks,
    http: httpOptions(config, flows.requests),
    native: document,
    artillery: {
      ignoredCriteria: ignoredCriteria(document),
      processor: processorConfigured(document),
      functionRefs: functionRefs(document),
      // artillery-plugin-ensure sets the exit code only for strict checks (`if (check.strict) suggestedExitCode = 1`).
      criteria: {
        checks: criteria.items.length,
        strictChecks: criteria.items.filter((c) => c.strict).length,
        at: effectiveEnsureEntry(document)?.keyLoc ?? criteria.anchor,
      },
    },
    workloadOrder: 'alternatives',
    loc,
  };
  const direct = getEntry(config, 'ensure');
  // An ensure that is not a mapping is never read either way: artillery/ignored-criteria says so.
  if (direct?.value.kind === 'object' && pluginConfigs(config, 'ensure').length === 0)
    scenario.artillery!.ensureNotLoaded = direct.keyLoc;
  const perArrival = requestsPerArrival(document);
  if (perArrival !== undefined) scenario.requestsPerIteration = perArrival;
  return { scenario, diagnostics, comments };
}

/**
 * artillery-plugin-expect sets exit code 21 when an expectation fails, so with the plugin on in
 * `config.plugins` (every run, whatever the environment) the requests' `expect:` checks fail the run: that is
 * a pass/fail criterion. Enabled only in an environment, it gates only runs with that `-e`.
 */
function expectCriteria(
  criteria: CriteriaSet,
  config: SourceValue | undefined,
  checks: CheckRef[],
): CriteriaSet {
  if (criteria.status !== 'absent') return criteria;
  if (getValue(getValue(config, 'plugins'), 'expect') === undefined) return criteria;
  return checks.some((c) => c.kind === 'expect') ? { ...criteria, status: 'present' } : criteria;
}

/**
 * The HTTP options in force. Switching off certificate checks where every target is plain `http://` or
 * `ws://` sets up no TLS to loosen, so it is no fact about the run (and no rule reports it).
 */
function httpOptions(config: SourceValue | undefined, requests: readonly Request[]): HttpOptions {
  const http = readHttpOptions(config);
  if (http.tlsVerifyDisabled && targetsArePlain(config, requests)) delete http.tlsVerifyDisabled;
  return http;
}
