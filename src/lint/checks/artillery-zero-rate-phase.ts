import { phaseListsOf } from '../../scenario/artillery/phases.js';
import { getEntry, itemsOf, scalarOf } from '../../scenario/artillery/tree.js';
import { isSourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/**
 * Artillery's phaser turns `arrivalRate: 0` without `rampTo` into a pause: no virtual user starts for the
 * phase's duration. Scripts use it as a "ramp up" or "ramp down" step, and then the load jumps from 0 to
 * the next phase's rate at once. A ramp is `arrivalRate` + `rampTo`; a deliberate gap is `pause:`.
 */
export const check: CheckFunction = {
  name: 'artillery-zero-rate-phase',
  run(scenario, ctx) {
    if (!isSourceValue(scenario?.native)) return;
    for (const list of phaseListsOf(scenario.native)) {
      const phases = itemsOf(list.phases);
      phases.forEach((phase, i) => {
        const rate = getEntry(phase, 'arrivalRate');
        if (!rate) return;
        const value = scalarOf(rate.value);
        if (value === undefined || value === null || typeof value === 'boolean') return;
        if (typeof value === 'string' && (value.trim() === '' || Number(value) !== 0)) return;
        if (typeof value === 'number' && value !== 0) return;
        // Pause and arrivalCount win over arrivalRate; artillery/invalid-phase reports the shadowed key.
        if (['rampTo', 'pause', 'arrivalCount'].some((k) => getEntry(phase, k) !== undefined)) return;
        const duration = scalarOf(getEntry(phase, 'duration')?.value);
        // Artillery casts string rates with lodash's toNumber; a template stays NaN and is skipped.
        const next = phases.slice(i + 1).map((p) => Number(scalarOf(getEntry(p, 'arrivalRate')?.value)));
        const nextRate = next.find((r) => Number.isFinite(r) && r > 0);
        ctx.report({
          loc: rate.keyLoc,
          messageId: i === 0 && typeof nextRate === 'number' ? 'rampUp' : 'default',
          data: {
            duration:
              typeof duration === 'number'
                ? `${duration} s`
                : typeof duration === 'string'
                  ? duration
                  : 'its duration',
            next: typeof nextRate === 'number' ? nextRate : 'the next rate',
          },
        });
      });
    }
  },
};
