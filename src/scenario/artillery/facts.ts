import type { IgnoredCriteria } from './ignored-criteria.js';

/** Artillery-only facts for rules stated as data. */
export interface ArtilleryFacts {
  /** Criteria written where or how Artillery never reads them (`ignored-criteria.ts`). */
  ignoredCriteria: IgnoredCriteria[];
}
