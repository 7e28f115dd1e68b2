import { cardinality } from './cardinality.js';
import type { Detector } from './detector.js';
import { errorBurst } from './error-burst.js';
import { failingFromStart } from './failing-from-start.js';
import { generatorLimit } from './generator-limit.js';
import { latencyPhases } from './latency-phases.js';
import { regressionDriver } from './regression-driver.js';
import { saturationKnee } from './saturation-knee.js';
import { slowEndpoint } from './slow-endpoint.js';
import { tailLatency } from './tail-latency.js';

/**
 * Every bottleneck detector, in the order findings of equal severity are listed: what invalidates a run
 * (it never worked, the generator gave out) before what limits it, then where the time goes. One file per
 * detector; `npm run generate` writes a docs page for each (`docs/analysis/<id>.md`).
 */
export const detectors: readonly Detector[] = [
  failingFromStart,
  generatorLimit,
  saturationKnee,
  errorBurst,
  regressionDriver,
  latencyPhases,
  cardinality,
  slowEndpoint,
  tailLatency,
];

export function detectorById(id: string): Detector | undefined {
  return detectors.find((d) => d.id === id);
}
