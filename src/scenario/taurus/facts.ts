import type { Location } from '../location.js';

/** What Taurus rules need beyond the tool-neutral model. */
export interface TaurusFacts {
  /** Scripts of other tools the executions run (`scenario: { script: test.jmx }`), linted by their own adapters. */
  scripts: TaurusScript[];
  /** The file has no `execution`: a part of a `bzt` command line (criteria, modules) merged with others. */
  fragment: boolean;
  /** `included-configs` lists other files whose content this reading cannot see. */
  includesConfigs: boolean;
  /** Executions naming a scenario that no `scenarios` entry defines (bzt stops: "Scenario not found"). */
  missingScenarios: { name: string; loc: Location }[];
  /**
   * Criteria about a label no request of the config reports (`avg-rt of Login>1s` without a `Login`
   * request): bzt skips them, so they never trigger. Listed only when every label is known statically.
   */
  unmatchedCriteria: { label: string; expression: string; loc: Location }[];
}

export interface TaurusScript {
  /** The path as written (relative to the config). */
  path: string;
  /** The executor that runs it (`jmeter`, `locust`, `gatling`, `k6`, ...). */
  executor: string;
  loc: Location;
}
