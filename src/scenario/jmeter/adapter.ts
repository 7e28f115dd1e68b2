import type { Location } from '../location.js';
import { jmeterDescriptor } from './descriptor.js';
import type {
  AdapterResult,
  CheckRef,
  DataSourceRef,
  Diagnostic,
  HostRef,
  HttpOptions,
  Request,
  Scenario,
  ScenarioAdapter,
  SecretRef,
  SourceComment,
  ThinkTime,
  Workload,
} from '../model.js';
import {
  HTTP_SAMPLERS,
  isAssertion,
  isHttpDefaults,
  isPause,
  readCheck,
  readCsvDataSet,
  readHost,
  readRequest,
  readSecrets,
  readThinkTime,
} from './elements.js';
import { nativeTree } from './native.js';
import { propBool, propText } from './properties.js';
import { isThreadGroup, readTree } from './tree.js';
import { readWorkload } from './workloads.js';
import { parseXml, type XmlComment } from './xml.js';

/**
 * Apache JMeter test plans (`.jmx`): XML read with positions, then the hashTree pairs mapped to the Scenario.
 * Nothing is run: no JMeter, no script, no function. Only `.jmx` files are claimed, whatever they hold, so a
 * broken plan (or a results file saved under the plan's name) is reported instead of silently skipped.
 *
 * Pass/fail criteria are `unknown`: JMeter's non-GUI run exits 0 however the samples went (assertions only
 * mark samples failed); what fails a build lives outside the plan (Taurus `passfail`, the Maven plugin's
 * error-rate threshold, a CI script reading the results). So no criteria rule runs on plans.
 */
export const jmeterAdapter: ScenarioAdapter = {
  ...jmeterDescriptor,
  parse: parseJmeter,
};

export function parseJmeter(text: string, file: string): AdapterResult {
  const diagnostics: Diagnostic[] = [];
  // A results file or anything else saved as .jmx: say so at its first line rather than where XML gives up.
  if (!/^\s*</.test(text.slice(0, 4096))) {
    diagnostics.push({
      file,
      severity: 'error',
      message: 'is not a JMeter test plan: it does not start with XML',
      line: 1,
      column: 1,
    });
    return { diagnostics, comments: [] };
  }
  const xml = parseXml(text);
  const comments = suppressionComments(xml.comments);
  if (!xml.ok) {
    const what = xml.root ? 'is not well-formed XML' : 'is not a JMeter test plan (not XML)';
    diagnostics.push({
      file,
      severity: 'error',
      message: `${what}: ${xml.message}`,
      line: xml.line,
      column: xml.column,
    });
    return { diagnostics, comments };
  }
  const root = xml.root;
  if (root.name !== 'jmeterTestPlan') {
    const legacy = root.name === 'node';
    diagnostics.push({
      file,
      severity: legacy ? 'warning' : 'error',
      message: legacy
        ? 'uses the JMeter 2.0 test plan format (<node>/<testelement>), which loadgate does not read; re-save it with a current JMeter'
        : `is not a JMeter test plan: the root element is <${root.name}>, not <jmeterTestPlan>`,
      line: root.line,
      column: root.column,
    });
    return { diagnostics, comments };
  }

  const tree = readTree(root, file);
  const loc: Location = { file, line: 1, column: 1 };
  const workloads: Workload[] = [];
  const requests: Request[] = [];
  const thinkTimes: ThinkTime[] = [];
  const hosts: HostRef[] = [];
  const secrets: SecretRef[] = [];
  const checks: CheckRef[] = [];
  const dataSources: DataSourceRef[] = [];
  const http: HttpOptions = {};
  for (const element of tree.elements) {
    readSecrets(element, secrets);
    if (isThreadGroup(element)) {
      const workload = readWorkload(element);
      if (workload) workloads.push(workload);
    } else if (HTTP_SAMPLERS.has(element.kind)) {
      requests.push(readRequest(element));
      const host = readHost(element, 'url');
      if (host) hosts.push(host);
    } else if (isHttpDefaults(element)) {
      const host = readHost(element, 'target');
      if (host) hosts.push(host);
      const timeout = Number(propText(element, 'HTTPSampler.response_timeout')?.trim() || NaN);
      if (Number.isFinite(timeout) && timeout > 0) {
        http.timeoutSec = timeout / 1000;
        http.timeoutLoc = element.loc;
      }
    } else if (isAssertion(element)) {
      checks.push(readCheck(element));
    } else if (isPause(element)) {
      thinkTimes.push(readThinkTime(element));
    } else if (element.kind === 'CSVDataSet') {
      const csv = readCsvDataSet(element);
      dataSources.push({ kind: 'csv', path: csv.path, variables: csv.variables, loc: csv.loc });
    }
  }

  const anchor = tree.testPlan?.loc ?? { file, line: root.line, column: root.column };
  const scenario: Scenario = {
    tool: 'jmeter',
    file,
    workloads,
    criteria: { status: 'unknown', items: [], anchor },
    requests,
    thinkTimes,
    hosts,
    secrets,
    checks,
    http,
    dataSources,
    native: nativeTree(
      tree,
      file,
      root.attributes.jmeter,
      workloads,
      dataSources.flatMap((d) => d.variables),
    ),
    loc,
  };
  // "Run Thread Groups consecutively": each group starts when the previous one ended.
  if (tree.testPlan && propBool(tree.testPlan, 'TestPlan.serialize_threadgroups') === true)
    scenario.workloadOrder = 'sequential';
  // A fragment for an Include Controller (a Test Fragment, no thread group) is a part, like a k6 library.
  if (!tree.elements.some(isThreadGroup)) scenario.module = true;
  return { scenario, diagnostics, comments };
}

/**
 * XML forbids `--` inside a comment, so in a plan the reason follows a single dash:
 * `<!-- loadgate-disable-next-line jmeter/debug-element-enabled - kept for the smoke run -->`.
 */
function suppressionComments(comments: XmlComment[]): SourceComment[] {
  return comments.map((c) => ({
    line: c.line,
    // Rule ids have dashes but no spaces around them: the first spaced dash is the separator.
    text: /^\s*loadgate-disable-next-line\b/.test(c.text) ? c.text.replace(/\s+-\s+/, ' -- ') : c.text,
  }));
}
