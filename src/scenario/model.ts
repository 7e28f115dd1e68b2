import type { ArtilleryFacts } from './artillery/facts.js';
import type { GatlingFacts } from './gatling/facts.js';
import type { LocustFacts } from './locust/facts.js';
import type { TaurusFacts } from './taurus/facts.js';
import type { Location } from './location.js';
import type { SourceValue } from './value.js';

/** Tools whose scenario files loadgate reads. Adding a tool adds an adapter to `adapters.ts`. */
export type ToolId = 'k6' | 'artillery' | 'jmeter' | 'locust' | 'gatling' | 'taurus';

/**
 * The tool-neutral view of one load-test plan. Every fact carries its location; facts an adapter could
 * not resolve statically are `unknown` rather than absent, so rules can stay silent instead of guessing.
 */
export interface Scenario {
  tool: ToolId;
  file: string;
  /** How the workload is generated: one entry per k6 scenario (or the top-level shortcut), per Artillery phase list. */
  workloads: Workload[];
  /** Pass/fail criteria: k6 thresholds, Artillery ensure. */
  criteria: CriteriaSet;
  /** Requests the script sends, in source order. */
  requests: Request[];
  /** Pauses between requests (k6 sleep, Artillery think). */
  thinkTimes: ThinkTime[];
  /** Hosts the scenario targets (base URLs, absolute request URLs). */
  hosts: HostRef[];
  /** String literals that look like credentials. */
  secrets: SecretRef[];
  /** Response validation (k6 check, Artillery expect/capture). */
  checks: CheckRef[];
  /** HTTP client options that matter for rules (timeouts, TLS). */
  http: HttpOptions;
  /** The tool's own configuration as read from the file: k6 `options`, the Artillery document. */
  native: SourceValue;
  /** Custom metrics the script declares (k6 `new Trend('name')`), for rules on criteria that name metrics. */
  metrics?: MetricDeclaration[];
  /**
   * k6: the protocols whose request APIs the script and the local modules it imports use (`HTTP`, `gRPC`,
   * `WebSocket`, `browser`); `complete` is false when a module we cannot see (an extension, a remote or
   * package module, an unreadable local file) may send requests too.
   */
  protocols?: { used: string[]; complete: boolean };
  /** Modules the script imports, as written (`k6/http`, `./config.js`, `https://jslib.k6.io/...`). */
  imports?: ImportRef[];
  /**
   * A library other scripts import (a k6 file exporting neither a default function nor `options`): it is
   * never run on its own, so rules about the test as a whole (criteria, load shape) leave it to its importers.
   */
  module?: boolean;
  /** Set before rules run (`lint/enrich.ts`): the file's name without its folders, for messages. */
  fileName?: string;
  /** k6: whether the script exports `options`. A script that does not, and that another script imports, is a part. */
  exportsOptions?: boolean;
  /** k6: the names the script exports, for rules on what k6 can run (default function, exec functions). */
  exports?: K6ExportFacts;
  /** Locust: the classes as Locust sees them, old APIs, load shapes, exit-code listeners. */
  locust?: LocustFacts;
  /** Artillery: criteria Artillery never reads. */
  artillery?: ArtilleryFacts;
  /** Gatling: the simulation's language and the old DSL it uses. */
  gatling?: GatlingFacts;
  /** Taurus: the scripts of other tools it runs, whether the file is a fragment, unresolved scenario names. */
  taurus?: TaurusFacts;
  /** k6: the module-level functions, named as `Request.within` names them, for findings about a function. */
  functions?: FunctionRef[];
  /**
   * k6: calls of APIs k6 allows only in the init stage (`open`, `require`, `new SharedArray`, metric
   * constructors, a gRPC client's `load`) written in a function k6 runs later: they throw at run time.
   */
  initStageCalls?: InitStageCall[];
  /**
   * k6: files the init code opens and parses outside a `SharedArray`, so that every VU parses and holds its
   * own copy, with their size when the file is found beside the script.
   */
  perVuData?: PerVuData[];
  /** k6: the exported `handleSummary`, when every output it returns is written in the file. */
  summaryHandler?: SummaryHandler;
  /** k6, when the script exports no `options`: where a declaration of them would go, or why none can be added. */
  optionsSlot?: OptionsSlot;
  /** Files of test data the plan reads (JMeter CSV Data Set Config, Taurus `data-sources`). */
  dataSources?: DataSourceRef[];
  /**
   * How the workloads run together: `parallel` (default: k6 scenarios, JMeter thread groups), `sequential`
   * (one after another: JMeter with "Run Thread Groups consecutively"), or `alternatives` (one is chosen at
   * run time: Artillery's environments, picked with `-e`; the one named `default` runs without it).
   */
  workloadOrder?: 'parallel' | 'sequential' | 'alternatives';
  /**
   * Requests one iteration (k6) or arrival (Artillery) sends, when the file says it exactly (no loop, no
   * condition); with a known count of iterations it gives the total requests of the profile.
   */
  requestsPerIteration?: number;
  /** Where the whole file starts, for file-level findings. */
  loc: Location;
}

export interface DataSourceRef {
  kind: 'csv';
  /** The file as written (may hold `${...}` references). */
  path: string;
  /** The variables each row sets. */
  variables: string[];
  loc: Location;
}

export interface K6Export {
  name: string;
  /** `function` when the export is certainly a function, `value` when it is certainly not one. */
  kind: 'function' | 'value' | 'unknown';
  /** The exported binding is also used in the file (`export const scenarios = …; options = { scenarios }`). */
  usedInFile?: boolean;
  loc: Location;
}

/**
 * Where `export const options = …` goes in a k6 script without options: at `at` (1-based), after the last
 * import or, with `after` false, before the first statement; written with the script's quote and semicolons.
 */
export type OptionsSlot =
  | { at: { line: number; column: number }; after: boolean; quote: "'" | '"'; semicolon: boolean }
  | { reason: string };

export interface PerVuData {
  /** The file as written in `open(...)`. */
  file: string;
  /** How it is parsed: `JSON.parse()`, `papaparse.parse()`, `.split()`. */
  parse: string;
  /** The file's size in bytes, when it was found beside the script. */
  bytes?: number;
  /** The same for messages: `4.2 MB`. */
  size?: string;
  loc: Location;
}

export interface SummaryHandler {
  /** The outputs it returns, quoted and joined (`"summary.html", "summary.json"`), or `nothing`. */
  outputs: string;
  /** Whether one of them is `stdout`: without it k6 prints no end-of-test summary. */
  stdout: boolean;
  loc: Location;
}

export interface InitStageCall {
  /** As written: `open()`, `new SharedArray()`, `new Trend()`, `client.load()`. */
  call: string;
  /** The function k6 runs it in: `the default function`, `setup()`, `browse(), the exec function of …`. */
  function: string;
  /** What k6 throws. */
  error: string;
  loc: Location;
}

export interface FunctionRef {
  /** `default` for the default export, else the declared or variable name. */
  name: string;
  /** The function's name, or its header (`function ()`, `() =>`) when it has none. */
  loc: Location;
}

export interface K6ExportFacts {
  list: K6Export[];
  /** False when the file has exports we cannot list (`export * from`, CommonJS `module.exports`). */
  complete: boolean;
}

export type LoadModel = 'open' | 'closed' | 'unknown';

/** A workload's load shape as ramp rules read it (`lint/enrich.ts`). */
export interface WorkloadShape {
  /** Highest load: VUs (closed model) or arrivals per second (open). */
  peak: number;
  /** The peak as messages say it: `50 VUs`, `20 arrivals/s`. */
  load: string;
  /** The peak as a suggestion carries it: whole VUs, rates to two decimals. */
  peakText: string;
  /** Load stages (leading and trailing idle stages left out). */
  stages: number;
  endsAtPeak: boolean;
  /** Where a ramp-down would go: a constant executor's key, else the last stage. */
  endAt: Location;
}

export interface Workload {
  /** The scenario or phase name as the tool names it. */
  name: string;
  /** k6 executor name, or `artillery-phases`. */
  executor: string;
  model: LoadModel;
  /** Ordered load steps; a constant load is one step with `from === to`. */
  stages: Stage[];
  /** Total planned duration in seconds, when known. */
  durationSec?: number;
  /** Peak concurrency (VUs) when the model is closed, or max VUs allowed for an open model. */
  maxVUs?: number;
  /** Peak arrival rate per second when the model is open. */
  maxRatePerSec?: number;
  /** Fixed iteration count (k6 `iterations`, per-vu or shared). */
  iterations?: number;
  /**
   * Seconds after the test starts at which this workload starts (k6 `startTime`); 0 when absent. Undefined
   * with `partiallyUnknown` when it is set but cannot be read.
   */
  startSec?: number;
  /** Name of the function the workload runs (k6 `exec`), when known. */
  exec?: string;
  /** True when some of this workload's settings could not be resolved statically. */
  partiallyUnknown: boolean;
  loc: Location;
  /** Set before rules run (`lint/enrich.ts`): the load shape, when every step is known and a ramp applies. */
  shape?: WorkloadShape;
}

export interface Stage {
  durationSec?: number;
  /** Load at the start and at the end of the stage: VUs (closed) or arrivals per second (open). */
  from?: number;
  to?: number;
  loc: Location;
}

export interface CriteriaSet {
  /** `present` when the file declares criteria, `absent` when it provably does not, `unknown` when it cannot tell. */
  status: 'present' | 'absent' | 'unknown';
  items: Criterion[];
  /** Where criteria belong (k6 `options`, Artillery `config`), for the "add criteria here" finding. */
  anchor: Location;
  /** Set before rules run (`lint/enrich.ts`): the items are the whole set; no spread or other config file may add one. */
  complete?: boolean;
  /** Set before rules run: how many criteria are about each concern. */
  counts?: Record<Criterion['concerns'], number>;
  /** Set before rules run, k6: the error threshold to suggest for the protocols the script uses. */
  suggestedErrorCriterion?: string;
  /** Set before rules run, k6: a threshold judges check() results (on `checks` or a metric fed by check()). */
  judgesChecks?: boolean;
  /** Set before rules run, k6: where the thresholds are, or where they belong. */
  at?: Location;
}

export interface Criterion {
  /** The metric the criterion constrains, as the tool names it (`http_req_duration{name:x}`, `http.response_time.p95`). */
  metric: string;
  /** The expression as written (`p(95)<500`), or a synthetic one for key/value forms (`p95 < 200`). */
  expression: string;
  /** Parsed form where the tool's grammar allows. */
  aggregation?: string;
  operator?: string;
  value?: number;
  /** What the criterion is about, to reason without tool knowledge. */
  concerns: 'latency' | 'errors' | 'throughput' | 'checks' | 'other';
  abortOnFail?: boolean;
  /** Fails the run (k6 thresholds, strict ensure) or only reports (Artillery `strict: false`). */
  strict: boolean;
  loc: Location;
  /** Set before rules run (`lint/enrich.ts`): an average, mean, median or minimum, never the tail. */
  central?: boolean;
  /** Set before rules run: the first criterion of the file about its `concerns` (latency, errors...). */
  firstOfConcern?: boolean;
  /**
   * Artillery: an error criterion on failed virtual users or transport errors alone (`maxErrorRate`,
   * `vusers.failed`, `errors.*`) in a file whose HTTP statuses the expect plugin does not check: a virtual user
   * that receives a 500 completes, so a run of server errors passes it.
   */
  missesHttpErrors?: boolean;
}

export interface Request {
  method: string;
  /**
   * The URL as written, for messages: dynamic parts are kept as `${...}` or `{{ ... }}`; a k6 variable passed
   * as the whole URL is shown as the value it certainly holds there.
   */
  url: string;
  /** k6: the URL with the constants in it followed (`https://api.example.com/v1/orders/${id}`), when it differs. */
  resolvedUrl?: string;
  /** True when the URL depends on runtime values (template, concatenation). */
  dynamicUrl: boolean;
  /** True when the dynamic parts are only constants (env vars, module constants), so cardinality stays bounded. */
  boundedUrl: boolean;
  /** The name tag the request is grouped under, when set. */
  name?: string;
  /** Per-request timeout in seconds, when set. */
  timeoutSec?: number;
  /** Name of the enclosing function (k6) or scenario (Artillery). */
  within?: string;
  loc: Location;
}

export interface ThinkTime {
  /** Seconds, when the pause is a literal. */
  seconds?: number;
  within?: string;
  /** The pause is the last thing its function does (pacing at the end of an iteration, not between steps). */
  trailing?: boolean;
  /**
   * Set before rules run (`lint/enrich.ts`), k6: the arrival-rate scenario that runs the function this pause
   * is in, when no VU-based scenario runs it too. Only for pauses written in the file itself.
   */
  pacedBy?: { name: string; executor: string; exec: string };
  loc: Location;
}

export interface MetricDeclaration {
  /** The metric name; undefined when it is computed at run time. */
  name?: string;
  type: 'counter' | 'gauge' | 'rate' | 'trend';
  /** A Rate or Counter the script adds `check()` results to: a threshold on it judges the checks. */
  countsChecks?: boolean;
  loc: Location;
}

export interface ImportRef {
  specifier: string;
  /** For local files: whether the adapter could read and parse it (facts it holds are then included). */
  resolved?: boolean;
  loc: Location;
}

export interface HostRef {
  /** The base URL (Artillery target, k6 base-URL constant) or the request URL, as written, path included. */
  value: string;
  /** Where it comes from: a literal in the file, an environment variable, or something else. */
  origin: 'literal' | 'env' | 'unknown';
  /** `target` (Artillery config.target), `url` (inside a request), or `variable`. */
  role: 'target' | 'url' | 'variable';
  /** A literal's host name, lower case, without scheme, port and path (`enrich.ts`). */
  hostname?: string;
  /** An earlier literal names the same host name (`enrich.ts`): rules about a host report it once. */
  repeated?: boolean;
  loc: Location;
}

export interface SecretRef {
  /** The key or variable the literal is assigned to (`password`, `Authorization`). */
  key: string;
  /** The literal masked for display: never echo a secret. */
  masked: string;
  /** Why it looks like a secret: the key name, a known token shape, or high entropy. */
  reason: string;
  /** For messages (`enrich.ts`): the key in quotes, or `A string` for a token found by its shape. */
  label?: string;
  /** The environment variable to suggest for it (`enrich.ts`): `apiKey` → `API_KEY`. */
  variable?: string;
  loc: Location;
}

export interface CheckRef {
  kind: 'check' | 'expect' | 'capture' | 'assertion';
  /** k6: the names of the checks one `check()` call makes (the keys of its second argument), when literal. */
  names?: string[];
  within?: string;
  loc: Location;
  /** Set before rules run (`lint/enrich.ts`): the first check of its kind in the file, and how many there are. */
  firstOfKind?: boolean;
  countOfKind?: number;
}

export interface HttpOptions {
  /** Global request timeout in seconds, when set. */
  timeoutSec?: number;
  timeoutLoc?: Location;
  /** TLS verification switched off (k6 insecureSkipTLSVerify, Artillery tls.rejectUnauthorized false). */
  tlsVerifyDisabled?: Location;
  /** k6 discardResponseBodies. */
  discardResponseBodies?: boolean;
}

/** A file the adapter could not read fully. Reported with the path and line; the run goes on. */
export interface Diagnostic {
  file: string;
  message: string;
  line?: number;
  column?: number;
  severity: 'error' | 'warning';
}

export interface AdapterResult {
  scenario?: Scenario;
  diagnostics: Diagnostic[];
  /** Inline comments, for suppressions: the line each comment is on and its text without delimiters. */
  comments: SourceComment[];
}

export interface SourceComment {
  line: number;
  text: string;
}

/** One tool's reader of scenario files. Pure: text in, Scenario out; nothing in the file is executed. */
/**
 * What the registry knows of a tool before its adapter is loaded: which files it claims, by name and by a
 * cheap look at the text. Kept apart so that a run over one tool never loads the parsers of the others.
 */
export interface AdapterDescriptor {
  tool: ToolId;
  /** File names this adapter claims on sight (minimatch globs, matched against the base name). */
  filePatterns: string[];
  /**
   * The file patterns are the tool's own (`*.jmx`): a matching file is this tool's whatever it holds, so a
   * discovered one that cannot be read (binary, broken) is reported rather than skipped as "not a scenario".
   */
  ownsFilePatterns?: boolean;
  /** Does this text look like this tool's scenario? Used for discovery by content. Cheap, no full parse. */
  sniff(text: string, file: string): boolean;
}

export interface ScenarioAdapter extends AdapterDescriptor {
  parse(text: string, file: string, context: AdapterContext): AdapterResult;
  /**
   * Loads what `parse` needs and is slow to load (a wasm grammar), once. The engine awaits it only when a
   * file this adapter claims is about to be parsed, so runs over other tools never pay for it. `file` lets
   * an adapter with one grammar per language (Gatling) load only the one that file needs.
   */
  prepare?(file?: string): Promise<void>;
}

export interface AdapterContext {
  /** Reads a file next to the scenario (for static imports of configs). Returns undefined when it cannot. */
  readSibling?(fromFile: string, specifier: string): { file: string; text: string } | undefined;
  /**
   * The size in bytes of a file a scenario reads at run time (k6 `open('./users.json')`), resolved from its
   * folder as the tool does; undefined when it is not a file of the repository.
   */
  sizeOfSibling?(fromFile: string, path: string): number | undefined;
}
