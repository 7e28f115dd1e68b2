import type { Location } from '../location.js';
import type { AdapterResult, Diagnostic, Scenario, ScenarioAdapter } from '../model.js';
import { getEntry, getValue, type SourceValue } from '../value.js';
import { parseYamlSource } from '../yaml-source.js';
import { effectiveConfig } from './config.js';
import { readCriteria } from './criteria.js';
import type { TaurusFacts, TaurusScript } from './facts.js';
import { criterionLabel, requestLabels } from './labels.js';
import { readScenario, type ScenarioFacts } from './scenarios.js';
import { findSecrets } from './secrets.js';
import { taurusDescriptor } from './descriptor.js';
import { TAURUS_TEMPLATE_PATTERN } from './templates.js';
import { readWorkload } from './workloads.js';

/**
 * Taurus (`bzt`) configs, YAML or JSON, every document of the file merged in order as bzt merges them.
 * Read statically: no module is loaded and no script the config names is run or read here (a `.jmx` or
 * locustfile it runs is linted by its own adapter when discovered). Not valid YAML: a diagnostic with the
 * line. A file without `execution` is a fragment meant to be combined with other configs on the command
 * line, so what it lacks (criteria, load) is unknown, not absent.
 */
export const taurusAdapter: ScenarioAdapter = {
  ...taurusDescriptor,
  parse: parseTaurus,
};

export function parseTaurus(text: string, file: string): AdapterResult {
  const source = parseYamlSource(text, file, {
    templatePattern: TAURUS_TEMPLATE_PATTERN,
    allDocuments: true,
  });
  const diagnostics: Diagnostic[] = [...source.diagnostics];
  const comments = source.comments;
  if (source.empty) {
    diagnostics.push({
      file,
      severity: 'warning',
      message: 'is empty: no Taurus config to read',
      line: 1,
      column: 1,
    });
    return { diagnostics, comments };
  }
  const documents = source.documents ?? [];
  const notMapping = documents.find((d) => d.kind !== 'object');
  if (notMapping) {
    diagnostics.push({
      file,
      severity: 'error',
      message: `is not a Taurus config: a document is ${notMapping.kind === 'array' ? 'a list' : 'a single value'}, not a mapping with execution and scenarios`,
      line: notMapping.loc.line,
      column: notMapping.loc.column,
    });
    return { diagnostics, comments };
  }
  const config = effectiveConfig(documents);
  if (!config) return { diagnostics, comments };

  const loc: Location = { file, line: 1, column: 1 };
  const executions = getValue(config, 'execution');
  const scenarios = getValue(config, 'scenarios');
  const settings = getValue(config, 'settings');
  const defaultExecutor = stringOr(getValue(settings, 'default-executor'), 'jmeter');
  const provisioning = stringOr(getValue(config, 'provisioning'), 'local');
  const included = getValue(config, 'included-configs');
  const facts: TaurusFacts = {
    scripts: [],
    fragment: executions === undefined,
    includesConfigs:
      included?.kind === 'array'
        ? included.items.length > 0
        : included !== undefined && included.kind !== 'null',
    missingScenarios: [],
    unmatchedCriteria: [],
  };
  const read: ScenarioFacts = { requests: [], thinkTimes: [], checks: [], hosts: [], dataSources: [] };
  const executionItems =
    executions?.kind === 'array' ? executions.items.filter((e) => e.kind === 'object') : [];
  const readNames = new Set<string>();
  for (const [index, execution] of executionItems.entries()) {
    const ref = getValue(execution, 'scenario');
    const executor = stringOr(getValue(execution, 'executor'), defaultExecutor);
    let body: SourceValue | undefined = ref;
    // An inline scenario is named as its workload is, so rules can pair a workload with its requests.
    let name = `execution ${index + 1}`;
    if (ref?.kind === 'string') {
      name = ref.value;
      body = getValue(scenarios, ref.value);
      if (body === undefined && !facts.includesConfigs && !TAURUS_TEMPLATE_PATTERN.test(ref.value))
        facts.missingScenarios.push({ name: ref.value, loc: ref.loc });
      if (readNames.has(name)) body = undefined;
      readNames.add(name);
    }
    if (!body) continue;
    // The short form of a scenario is its script's path.
    const script = body.kind === 'string' ? body : getValue(body, 'script');
    if (script?.kind === 'string')
      facts.scripts.push({ path: script.value, executor, loc: script.loc } satisfies TaurusScript);
    readScenario(body, name, scenarios, read);
  }
  // A fragment's scenarios are run by executions in another file; what they send is still theirs.
  if (facts.fragment) {
    for (const entry of scenarios?.kind === 'object' ? scenarios.entries : [])
      readScenario(entry.value, entry.key, scenarios, read);
  }

  const anchor = getEntry(config, 'reporting') ?? getEntry(config, 'execution');
  // A k6, Gatling or Locust script (or a test suite) may carry criteria of its own that Taurus cannot see;
  // a .jmx carries none (JMeter exits 0 however the samples went).
  const foreignScripts = facts.scripts.some((s) => s.executor !== 'jmeter');
  const criteria = readCriteria(
    config,
    facts.fragment || facts.includesConfigs || foreignScripts,
    anchor?.keyLoc ?? loc,
  );
  // Labels are knowable only when Taurus generates every test from `requests` in this file.
  const bodies = [
    ...(scenarios?.kind === 'object' ? scenarios.entries.map((e) => e.value) : []),
    ...executionItems
      .map((e) => getValue(e, 'scenario'))
      .filter((v): v is SourceValue => v?.kind === 'object'),
  ];
  const labels =
    facts.fragment || facts.includesConfigs || facts.scripts.length > 0 || executionItems.length === 0
      ? undefined
      : requestLabels(bodies);
  for (const criterion of labels ? criteria.items : []) {
    const label = criterionLabel(criterion);
    if (label !== undefined && !labels?.has(label) && criterion.concerns !== 'other')
      facts.unmatchedCriteria.push({ label, expression: criterion.expression, loc: criterion.loc });
  }
  const scenario: Scenario = {
    tool: 'taurus',
    file,
    workloads: executionItems.map((e, i) =>
      readWorkload(e, i, stringOr(getValue(e, 'executor'), defaultExecutor), provisioning),
    ),
    criteria,
    requests: read.requests,
    thinkTimes: read.thinkTimes,
    hosts: read.hosts,
    secrets: findSecrets(config),
    checks: read.checks,
    http: {},
    native: config,
    dataSources: read.dataSources,
    taurus: facts,
    loc,
  };
  return { scenario, diagnostics, comments };
}

function stringOr(value: SourceValue | undefined, fallback: string): string {
  return value?.kind === 'string' && value.value.trim() !== '' ? value.value : fallback;
}
