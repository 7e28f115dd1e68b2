import type { Location } from '../location.js';
import type { FunctionRef } from './function-refs.js';
import type { IgnoredCriteria } from './ignored-criteria.js';

/** Artillery-only facts for rules stated as data. */
export interface ArtilleryFacts {
  /** Criteria written where or how Artillery never reads them (`ignored-criteria.ts`). */
  ignoredCriteria: IgnoredCriteria[];
  /** `config.processor` (or an environment's) is set, is not, or may be set by another config file. */
  processor: 'present' | 'absent' | 'unknown';
  /** Processor functions the script names (`function-refs.ts`). */
  functionRefs: FunctionRef[];
  /** The pass/fail checks the run applies (ensure, expect), how many of them fail the run, and where ensure is. */
  criteria: { checks: number; strictChecks: number; at: Location };
  /**
   * Where `config.ensure` is when no `plugins.ensure` loads the plugin that reads it (in `config` or an
   * environment): Artillery 2 loads plugins from `config.plugins` only, so those checks never run.
   */
  ensureNotLoaded?: Location;
}
