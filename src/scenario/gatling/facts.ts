import type { Location } from '../location.js';

/** A Gatling API the file uses that a later Gatling removed or deprecated, and what replaces it. */
export interface GatlingDeprecatedUse {
  /** As written: `over`, `baseURL`, `${id}`. */
  name: string;
  replacement: string;
  /** The Gatling version that removed or deprecated it: `3.0` (removed), `3.7` (deprecated). */
  since: string;
  removed: boolean;
  loc: Location;
  /** The exact replacement text for `loc`, when a rename says it all. */
  text?: string;
}

/** What Gatling rules read beyond the tool-neutral model. */
export interface GatlingFacts {
  language: 'java' | 'kotlin' | 'scala';
  deprecated: GatlingDeprecatedUse[];
}
