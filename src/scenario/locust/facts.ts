import type { Location } from '../location.js';

/** What a class is to Locust, from its bases: resolved through imports from `locust` and classes of the file. */
export type LocustClassKind = 'user' | 'taskset' | 'shape' | 'other';

export interface LocustWaitTime {
  /** The wait-time function as Locust names it (`between`, `constant`, `constant_pacing`, `constant_throughput`), or `other`. */
  kind: string;
  /** Its literal arguments in seconds, when all are literal numbers. */
  args?: number[];
  /** The call with literal arguments, as messages show it: `between(1, 5)`. */
  call?: string;
  /** The same call with its arguments read as milliseconds, as Locust < 1.0 took them: `between(1, 3)` for `between(1000, 3000)`. */
  callFromMilliseconds?: string;
  loc: Location;
}

export interface LocustTaskMethod {
  name: string;
  /** `@task(3)`: the literal weight; 1 for a bare `@task`. */
  weight?: number;
  loc: Location;
}

export interface LocustClass {
  name: string;
  kind: LocustClassKind;
  /** The bases as written. */
  bases: string[];
  /** `abstract = True`: Locust never runs it; it is a base for other users. */
  abstract: boolean;
  /** Another class of the file inherits from it. */
  subclassed: boolean;
  /** Some base is a class we cannot see (from another module), so attributes may be inherited. */
  opaqueBase: boolean;
  /**
   * The HTTP client `self.client` is: `requests` for HttpUser/HttpLocust, `fasthttp` (geventhttpclient) for
   * FastHttpUser/FastHttpLocust, where `verify=False` is accepted and means nothing for TLS.
   */
  httpClient?: 'requests' | 'fasthttp';
  waitTime?: LocustWaitTime;
  /** Locust < 1.0 `min_wait`/`max_wait`, in milliseconds. */
  minWait?: { value?: number; loc: Location };
  maxWait?: { value?: number; loc: Location };
  /** `tasks = [...]` / `{...}`: how many entries when literal. */
  tasks?: { count?: number; loc: Location };
  /** Locust < 1.0 `task_set = X`. */
  taskSet?: Location;
  taskMethods: LocustTaskMethod[];
  loc: Location;
  nameLoc: Location;
  // Facts derived from the classes of the file (`class-facts.ts`), for rules stated as data.
  /** A user class Locust runs: not `abstract`, no subclass in the file, no base from another module. */
  runnable?: boolean;
  /** A Locust < 1.0 class (its base is HttpLocust, Locust or FastHttpLocust). */
  legacy?: boolean;
  /** `@task` methods, a non-empty `tasks` or a `task_set` of its own. */
  hasTasks?: boolean;
  /** Tasks of its own or from a base defined in the file. */
  inheritsTasks?: boolean;
  /** Where its tasks are declared (`tasks = ...`), else its name. */
  tasksAt?: Location;
  /** A `wait_time` (or `min_wait`) of its own or from a base defined in the file. */
  inheritsWaitTime?: boolean;
  /** The file's first non-abstract user class: where findings about the locustfile as a whole point. */
  firstUser?: boolean;
}

/** A name from an old Locust API, with what replaces it and, when it is a rename, the exact new text. */
export interface LocustDeprecatedUse {
  name: string;
  /** Where it is used, for the message: `imported`, `base of WebsiteUser`, `in WebsiteUser`. */
  where: string;
  replacement: string;
  /** Locust version that removed or renamed it. */
  since: string;
  /** Replacement text for exactly `loc`, when a rename is all it takes. */
  text?: string;
  loc: Location;
}

/** A stage of a `LoadTestShape`, from its literal `stages` list. */
export interface LocustShapeStage {
  /** End of the stage in seconds from the start (Locust's examples compare `run_time < stage["duration"]`). */
  endSec?: number;
  users?: number;
  spawnRate?: number;
  loc: Location;
}

export interface LocustShape {
  name: string;
  stages: LocustShapeStage[];
  /** The stages could be read and the tick() follows the documented pattern. */
  literal: boolean;
  loc: Location;
}

/** Locust-only facts for Locust rules: the classes as Locust sees them, old APIs, shapes, exit-code listeners. */
/** A request made with `catch_response=True` whose response is never entered with `with`: Locust never records it. */
export interface UnreportedRequest {
  /** The call as written up to its arguments: `self.client.get()`. */
  call: string;
  loc: Location;
}

export interface LocustFacts {
  classes: LocustClass[];
  deprecated: LocustDeprecatedUse[];
  shapes: LocustShape[];
  /** Functions that set `environment.process_exit_code` (a `quitting` listener): criteria beyond failures. */
  exitCodeSetters: Location[];
  /** `locust_plugins` is imported: it adds `--check-rps`, `--check-fail-ratio`, `--check-avg-response-time`. */
  usesPlugins: boolean;
  /** A TaskSet of the file sets `wait_time`, which the users running it follow. */
  taskSetWaits?: boolean;
  /** A function of the file pauses (`time.sleep`, `gevent.sleep`, `self.wait()`): tasks may pause there. */
  pausesInFunctions?: boolean;
  /** Requests made with `catch_response=True` whose response is never entered with `with`: never recorded. */
  unreported: UnreportedRequest[];
}
