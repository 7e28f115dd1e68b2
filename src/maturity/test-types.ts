import { loadStages, peakLoad } from '../lint/workload.js';
import type { Scenario, Stage, Workload } from '../scenario/model.js';
import { getValue } from '../scenario/value.js';
import type { Evidence } from './model.js';

/** The test types Grafana's k6 guides name, which most load-testing practice shares. */
export const TEST_TYPES = ['smoke', 'average-load', 'stress', 'soak', 'spike', 'breakpoint'] as const;
export type TestType = (typeof TEST_TYPES)[number];

export interface ClassifiedWorkload extends Evidence {
  type: TestType;
}

/** Names say intent; they win over shape. Checked on the k6 `test_type` tag, the workload name, then the path. */
const BY_NAME: readonly [RegExp, TestType][] = [
  [/smoke/i, 'smoke'],
  [/soak|endurance|longevity/i, 'soak'],
  [/spike/i, 'spike'],
  [/stress/i, 'stress'],
  [/break-?point|capacity/i, 'breakpoint'],
  [/average|avg[-_]?load/i, 'average-load'],
];

const MIN = 60;
const HOUR = 3600;

/**
 * The test type of each workload of a scenario, by what it is called, else by its load shape: a short run
 * at a handful of VUs is a smoke test, an hour or more at the peak a soak test, a rise to the peak within
 * two minutes that leaves it again within two a spike, three or more rising plateaus a stress test, a
 * long climb without a plateau a breakpoint test, and a ramp, a hold of five minutes or more and a ramp
 * down an average-load test. Anything else is left unclassified rather than guessed.
 */
export function classifyScenario(scenario: Scenario): ClassifiedWorkload[] {
  if (scenario.module) return [];
  const out: ClassifiedWorkload[] = [];
  for (const workload of scenario.workloads) {
    const named = byName(scenario, workload);
    const line = workload.loc.line;
    if (named) {
      out.push({
        type: named.type,
        file: scenario.file,
        line,
        note: `${named.type} (named "${named.text}")`,
      });
      continue;
    }
    const shaped = byShape(workload);
    if (shaped)
      out.push({ type: shaped.type, file: scenario.file, line, note: `${shaped.type} (${shaped.why})` });
  }
  return out;
}

function byName(scenario: Scenario, workload: Workload): { type: TestType; text: string } | undefined {
  const texts: string[] = [];
  if (scenario.tool === 'k6') {
    const own = getValue(getValue(getValue(scenario.native, 'scenarios'), workload.name), 'tags');
    for (const tags of [own, getValue(scenario.native, 'tags')]) {
      const t = getValue(tags, 'test_type');
      if (t?.kind === 'string') texts.push(t.value);
    }
  }
  if (workload.name !== 'default') texts.push(workload.name);
  const segments = scenario.file.split('/');
  texts.push(...segments.reverse());
  for (const text of texts) {
    const hit = BY_NAME.find(([pattern]) => pattern.test(text));
    if (hit) return { type: hit[1], text };
  }
  return undefined;
}

function byShape(workload: Workload): { type: TestType; why: string } | undefined {
  if (workload.partiallyUnknown) return undefined;
  const stages = loadStages(workload);
  const peak = peakLoad(workload);
  if (!stages?.length || peak === undefined || stages.some((s) => s.durationSec === undefined)) {
    if (workload.iterations !== undefined && (workload.maxVUs ?? 1) <= 5)
      return {
        type: 'smoke',
        why: `${workload.iterations} iteration${workload.iterations === 1 ? '' : 's'} on ${workload.maxVUs ?? 1} VUs`,
      };
    return undefined;
  }
  const unit = workload.model === 'open' ? '/s' : ' VUs';
  const total = stages.reduce((n, s) => n + (s.durationSec ?? 0), 0);
  const atPeak = stages.filter((s) => s.from === peak && s.to === peak);
  const hold = atPeak.reduce((n, s) => n + (s.durationSec ?? 0), 0);
  const constant = stages.every((s) => s.from === s.to);

  if ((peak <= 5 && total <= 10 * MIN) || (constant && total <= MIN))
    return { type: 'smoke', why: `${peak}${unit} for ${minutes(total)}` };
  if (hold >= HOUR) return { type: 'soak', why: `${minutes(hold)} at ${peak}${unit}` };
  if (isSpike(stages, peak) && hold <= 2 * MIN && total <= 15 * MIN)
    return { type: 'spike', why: `sudden rise to ${peak}${unit}` };
  const plateaus = risingPlateaus(stages);
  if (plateaus >= 3) return { type: 'stress', why: `${plateaus} rising plateaus up to ${peak}${unit}` };
  if (hold === 0 && !constant && total >= 10 * MIN && stages.every((s) => (s.to ?? 0) >= (s.from ?? 0)))
    return { type: 'breakpoint', why: `climbs to ${peak}${unit} over ${minutes(total)} without a plateau` };
  if (hold >= 5 * MIN) return { type: 'average-load', why: `${minutes(hold)} at ${peak}${unit}` };
  return undefined;
}

/** Reaches the peak from a fifth of it or less within two minutes. */
function isSpike(stages: readonly Stage[], peak: number): boolean {
  return stages.some(
    (s) => s.to === peak && (s.from ?? 0) <= peak * 0.2 && (s.durationSec ?? Infinity) <= 2 * MIN && peak > 5,
  );
}

function risingPlateaus(stages: readonly Stage[]): number {
  let count = 0;
  let last = -Infinity;
  for (const s of stages) {
    if (s.from !== s.to || (s.durationSec ?? 0) === 0) continue;
    if ((s.to ?? 0) > last) {
      count++;
      last = s.to ?? 0;
    }
  }
  return count;
}

function minutes(seconds: number): string {
  if (seconds >= HOUR && seconds % HOUR === 0) return `${seconds / HOUR} h`;
  if (seconds >= MIN) return `${Math.round((seconds / MIN) * 10) / 10} min`;
  return `${seconds} s`;
}
