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
}
