import type { CheckRef, DataSourceRef, HostRef, Request, ThinkTime } from '../model.js';
import { getValue, type SourceValue } from '../value.js';
import { taurusSeconds } from './durations.js';
import { isTemplate, originOf } from './templates.js';

/** What one scenario (and the scenarios it includes) sends, waits, checks and reads. */
export interface ScenarioFacts {
  requests: Request[];
  thinkTimes: ThinkTime[];
  checks: CheckRef[];
  hosts: HostRef[];
  dataSources: DataSourceRef[];
}

const ASSERTIONS = /^assert(-jsonpath|-xpath|-css|-xpath2)?$/;
const EXTRACTORS = /^extract-/;
/** Logic blocks of the requests DSL whose steps are in these keys. */
const NESTED = ['do', 'then', 'else'];

/**
 * Reads a scenario's `requests` (plain URLs, request mappings, `transaction`/`if`/`loop`/`while`/`foreach`/
 * `once` blocks, `include-scenario` references) with its `default-address`, `think-time`, `timeout` and
 * `data-sources`. Scenarios are looked up by name in `scenarios`; an include cycle stops.
 */
export function readScenario(
  scenario: SourceValue,
  name: string,
  scenarios: SourceValue | undefined,
  out: ScenarioFacts,
  seen: Set<string> = new Set(),
): void {
  if (scenario.kind !== 'object') return;
  const base = getValue(scenario, 'default-address');
  if (base?.kind === 'string' && base.value.trim() !== '') {
    out.hosts.push({ value: base.value, origin: originOf(base.value), role: 'target', loc: base.loc });
  }
  const pause = getValue(scenario, 'think-time');
  const pauseSec = pause && scalarSeconds(pause);
  if (pause && pauseSec !== undefined)
    out.thinkTimes.push({ seconds: pauseSec, within: name, loc: pause.loc });
  else if (pause?.kind === 'string') out.thinkTimes.push({ within: name, loc: pause.loc });
  const timeout = scalarSeconds(getValue(scenario, 'timeout'));
  readDataSources(getValue(scenario, 'data-sources'), out.dataSources);

  const steps = (list: SourceValue | undefined, depth: number): void => {
    if (list?.kind !== 'array' || depth > 50) return;
    for (const item of list.items) {
      if (item.kind === 'string') {
        out.requests.push(request('GET', item, undefined, timeout, name, out));
        continue;
      }
      if (item.kind !== 'object') continue;
      const include = getValue(item, 'include-scenario');
      if (include?.kind === 'string') {
        const target = getValue(scenarios, include.value);
        if (target && !seen.has(include.value)) {
          seen.add(include.value);
          readScenario(target, include.value, scenarios, out, seen);
        }
        continue;
      }
      for (const key of NESTED) steps(getValue(item, key), depth + 1);
      const url = getValue(item, 'url');
      if (url?.kind !== 'string') continue;
      const method = getValue(item, 'method');
      const label = getValue(item, 'label');
      const own = scalarSeconds(getValue(item, 'timeout'));
      out.requests.push(
        request(
          method?.kind === 'string' ? method.value.toUpperCase() : 'GET',
          url,
          label?.kind === 'string' || label?.kind === 'number' ? String(label.value) : undefined,
          own ?? timeout,
          name,
          out,
        ),
      );
      const think = getValue(item, 'think-time');
      const thinkSec = think && scalarSeconds(think);
      if (think && thinkSec !== undefined)
        out.thinkTimes.push({ seconds: thinkSec, within: name, loc: think.loc });
      else if (think?.kind === 'string') out.thinkTimes.push({ within: name, loc: think.loc });
      if (item.kind === 'object') {
        for (const entry of item.entries) {
          if (ASSERTIONS.test(entry.key))
            out.checks.push({ kind: 'assertion', within: name, loc: entry.keyLoc });
          else if (EXTRACTORS.test(entry.key))
            out.checks.push({ kind: 'capture', within: name, loc: entry.keyLoc });
        }
      }
    }
  };
  steps(getValue(scenario, 'requests'), 0);
}

function request(
  method: string,
  url: SourceValue & { kind: 'string' },
  name: string | undefined,
  timeoutSec: number | undefined,
  within: string,
  out: ScenarioFacts,
): Request {
  const text = url.value;
  const dynamic = isTemplate(text);
  if (/^\s*[a-z][a-z0-9+.-]*:\/\//i.test(text)) {
    out.hosts.push({ value: text, origin: originOf(text), role: 'url', loc: url.loc });
  }
  const req: Request = {
    method,
    url: text,
    dynamicUrl: dynamic,
    // JMeter functions (`${__Random(1,100)}`) vary per request; properties and variables set once do not.
    boundedUrl: !dynamic || !/\$\{__(Random|RandomString|UUID|time|counter|threadNum|Random\w*)\b/.test(text),
    within,
    loc: url.loc,
  };
  if (name !== undefined) req.name = name;
  if (timeoutSec !== undefined) req.timeoutSec = timeoutSec;
  return req;
}

function scalarSeconds(value: SourceValue | undefined): number | undefined {
  if (value?.kind === 'number') return value.value;
  if (value?.kind === 'string') return taurusSeconds(value.value);
  return undefined;
}

/** `data-sources`: paths, or mappings with `path` and `variable-names` (comma-separated). */
function readDataSources(list: SourceValue | undefined, out: DataSourceRef[]): void {
  if (list?.kind !== 'array') return;
  for (const item of list.items) {
    const path = item.kind === 'string' ? item : getValue(item, 'path');
    if (path?.kind !== 'string') continue;
    const names = getValue(item, 'variable-names');
    out.push({
      kind: 'csv',
      path: path.value,
      variables:
        names?.kind === 'string'
          ? names.value
              .split(',')
              .map((n) => n.trim())
              .filter(Boolean)
          : [],
      loc: item.loc,
    });
  }
}
