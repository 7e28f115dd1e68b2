import type { Location } from '../location.js';
import type { LoadModel } from '../model.js';

/** The test types of Grafana's k6 guide ("Load test types"), which most load-testing practice shares. */
export const TEST_TYPES = ['smoke', 'average-load', 'stress', 'spike', 'soak', 'breakpoint'] as const;
export type TestType = (typeof TEST_TYPES)[number];

/** One corner of a piecewise-linear load curve: `load` VUs or arrivals per second at `t` seconds. */
export interface ProfilePoint {
  t: number;
  load: number;
}

/** The load of one workload over time, on the test's clock (its start offset included). */
export interface WorkloadProfile {
  name: string;
  model: LoadModel;
  /** Seconds after the test starts; undefined when it cannot be read. */
  startSec?: number;
  /** The curve; undefined when a step, a duration or the start is not known statically. */
  points?: ProfilePoint[];
  durationSec?: number;
  /** Peak VUs (closed) or arrivals per second (open), when known even if the curve is not. */
  peak?: number;
  /** Iterations the workload runs: a fixed count, or the integral of its arrival rate. */
  iterations?: number;
}

/**
 * What a scenario asks of the system under test, computed from the Scenario model alone (so every adapter
 * that fills `workloads` gets it): the load over time per workload and combined, its duration and peak,
 * and the test type it is, by name or by shape. Anything set at run time (environment variables, command
 * line flags, a spread of options we cannot see) is left undefined and named in `unknown`.
 */
export interface ScenarioProfile {
  /** `mixed` when closed and open workloads run in one test. */
  model: 'open' | 'closed' | 'mixed' | 'unknown';
  workloads: WorkloadProfile[];
  /** The combined VUs of the closed workloads, when every one of them is known. */
  vus?: ProfilePoint[];
  /** The combined arrival rate per second of the open workloads, when every one of them is known. */
  rate?: ProfilePoint[];
  durationSec?: number;
  /** The duration for messages and rules written in minutes: `durationMin` (1 decimal) and `duration` (`5 min`). */
  durationMin?: number;
  duration?: string;
  peakVUs?: number;
  peakRatePerSec?: number;
  /** Minutes the load stays within 5 % of its peak (the plateau), when the curve is known (1 decimal). */
  peakHoldMin?: number;
  /** Iterations (closed: fixed counts; open: arrivals), when every workload's count is known. */
  iterations?: number;
  /** Estimated requests: iterations × requests per iteration, when both are known (redirects not counted). */
  requests?: number;
  /** Why parts of the profile are unknown, one short phrase each. */
  unknown: string[];
  /** The test type: the declared one when the names say it, else the one its shape says, else `unknown`. */
  testType: TestType | 'unknown';
  /** The type a name declares (file, workload or phase name, k6 `tags.test_type`), and the name that says it. */
  declaredType?: TestType;
  declaredBy?: string;
  /** The type the load shape says, with why. */
  shapeType?: TestType;
  shapeReason?: string;
  /** Where the profile is written: the first workload, else the file. */
  loc: Location;
}
