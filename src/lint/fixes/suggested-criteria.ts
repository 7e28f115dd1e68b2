import { getValue, itemsOf, stringOf } from '../../scenario/artillery/tree.js';
import type { Scenario } from '../../scenario/model.js';
import { K6_PROTOCOL_MODULES } from '../../scenario/k6/protocols.js';
import type { PlainValue } from './insert-entry.js';

/** Criteria a fix may add: the key they go under, its value, and the same in the words of a message. */
export interface SuggestedCriteria {
  key: 'thresholds' | 'ensure';
  value: { [key: string]: PlainValue };
  /** The protocols the suggestion was chosen for, as the message names them. */
  protocols: string[];
}

/**
 * Thresholds on metrics the script's protocols really report. A threshold on a metric that never gets a
 * sample passes every run, so `http_*` criteria are only suggested when the script makes HTTP requests:
 * gRPC gets `grpc_req_duration`, WebSocket `ws_connecting` (the handshake; a session lasts as long as the
 * script keeps it open, so its duration says nothing about the system), the browser the LCP Web Vital at
 * Google's "good" bar, and `checks` its pass rate whenever the script checks anything.
 */
function k6Criteria(scenario: Scenario): SuggestedCriteria | undefined {
  const protocols = k6Protocols(scenario);
  const thresholds: { [key: string]: PlainValue } = {};
  if (protocols.has('HTTP')) {
    thresholds.http_req_failed = ['rate<0.01'];
    thresholds.http_req_duration = ['p(95)<500'];
  }
  if (protocols.has('gRPC')) thresholds.grpc_req_duration = ['p(95)<500'];
  if (protocols.has('WebSocket')) thresholds.ws_connecting = ['p(95)<1000'];
  if (protocols.has('browser')) thresholds.browser_web_vital_lcp = ['p(75)<2500'];
  if (scenario.checks.some((c) => c.kind === 'check')) thresholds.checks = ['rate>0.99'];
  if (Object.keys(thresholds).length === 0) return undefined;
  return { key: 'thresholds', value: thresholds, protocols: [...protocols] };
}

/**
 * The protocols a k6 script sends requests with: those whose module it (or a local module it imports)
 * uses, not merely imports; without that fact (a scenario built elsewhere), those it imports.
 */
export function k6Protocols(scenario: Scenario): Set<string> {
  const protocols = new Set<string>(scenario.protocols?.used);
  if (!scenario.protocols) {
    for (const ref of scenario.imports ?? []) {
      const protocol = K6_PROTOCOL_MODULES[ref.specifier];
      if (protocol) protocols.add(protocol);
    }
  }
  if (scenario.requests.length > 0) protocols.add('HTTP');
  return protocols;
}

/**
 * The error criterion for the protocols a k6 script uses: `http_req_failed` only HTTP requests feed; a gRPC,
 * WebSocket or browser script fails through its checks, so `checks` judges it.
 */
export function k6ErrorCriterion(scenario: Scenario): string {
  const protocols = k6Protocols(scenario);
  const failed = "http_req_failed: ['rate<0.01']";
  const checks = "checks: ['rate>0.99']";
  const checked = scenario.checks.some((c) => c.kind === 'check');
  const other = [...protocols].some((p) => p !== 'HTTP');
  if (!other) return checked ? `${failed} and ${checks}` : failed;
  // A checks threshold with no check() to feed it never fails.
  const judged = checked ? checks : `check() on the responses and ${checks}`;
  return protocols.has('HTTP') ? `${failed} and ${judged}` : judged;
}

/** Engines whose scenarios report `http.response_time` (Artillery's default engine). */
const ARTILLERY_HTTP_ENGINES = new Set(['http']);

/**
 * Server errors among the requests: a 500 completes its virtual user, so `maxErrorRate` never sees it
 * (`scenario/artillery/http-errors.ts`). `or 0` stands for a code the run never got (a missing metric would
 * fail the check). Checked with Artillery 2.0.34: it fails a run of 503s and passes a clean one.
 */
export const ARTILLERY_SERVER_ERRORS =
  '((http.codes.500 or 0) + (http.codes.502 or 0) + (http.codes.503 or 0) + (http.codes.504 or 0)) / http.requests < 0.01';

/**
 * `maxErrorRate` compares failed with created virtual users (artillery-plugin-ensure), which every engine
 * reports; `http.response_time` and `http.codes` only the HTTP engine, and an ensure threshold on a metric the
 * run never reported fails. So a latency threshold and a condition on server errors are suggested only when
 * every scenario runs on the HTTP engine.
 */
function artilleryCriteria(scenario: Scenario): SuggestedCriteria {
  const engines = new Set<string>();
  const scenarios = itemsOf(getValue(scenario.native, 'scenarios'));
  for (const s of scenarios) {
    const engine = getValue(s, 'engine');
    engines.add(engine === undefined || engine.kind === 'null' ? 'http' : (stringOf(engine) ?? '?'));
  }
  const httpOnly = scenarios.length > 0 && [...engines].every((e) => ARTILLERY_HTTP_ENGINES.has(e));
  const value: { [key: string]: PlainValue } = httpOnly
    ? {
        thresholds: [{ 'http.response_time.p95': 500 }],
        conditions: [{ expression: ARTILLERY_SERVER_ERRORS }],
        maxErrorRate: 1,
      }
    : { maxErrorRate: 1 };
  return { key: 'ensure', value, protocols: [...engines] };
}

export function suggestedCriteria(scenario: Scenario): SuggestedCriteria | undefined {
  if (scenario.tool === 'k6') return k6Criteria(scenario);
  if (scenario.tool === 'artillery') return artilleryCriteria(scenario);
  return undefined;
}

/** The criteria as a message writes them: `thresholds: { checks: ['rate>0.99'] }`, `ensure: { maxErrorRate: 1 }`. */
export function describeCriteria(criteria: SuggestedCriteria, tool: Scenario['tool']): string {
  const render = (v: PlainValue): string => {
    if (typeof v === 'string') return tool === 'k6' ? `'${v}'` : JSON.stringify(v);
    if (typeof v !== 'object') return String(v);
    if (Array.isArray(v)) return `[${v.map(render).join(', ')}]`;
    const key = (k: string) => (/^[A-Za-z_$][\w$]*$/.test(k) ? k : JSON.stringify(k));
    return `{ ${Object.entries(v)
      .map(([k, x]) => `${key(k)}: ${render(x)}`)
      .join(', ')} }`;
  };
  return `${criteria.key}: ${render(criteria.value)}`;
}
