import type { ProfilePoint, ScenarioProfile } from '../scenario/profile/model.js';
import { describeProfile, sampleAt } from '../scenario/profile/change.js';
import { codeSpan, escapeMarkdown } from './escape.js';
import type { FileReport, ProfileChange } from './model.js';
import { maxOf } from '../util/extremes.js';

/** Charts beyond this many files are left out; their headlines are still listed. */
const MAX_CHARTS = 10;
/** Samples per curve: Mermaid's xychart spaces line values evenly along the x axis. */
const SAMPLES = 31;
/** Base in grey, the pull request in the alarm colour: the chart has no legend, the caption says which is which. */
const PALETTE = '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#9e9e9e, #d62728"}}}}%%';

type Changed = FileReport & { profile: ScenarioProfile; profileChange: ProfileChange };

/**
 * "Load profile changes": for every scenario whose load the pull request changes, a one-line headline and
 * the base and new curves as a Mermaid line chart (GitHub renders Mermaid in comments), with the two
 * profiles in words as the fallback. Nothing from a file goes into the Mermaid text: paths are in code spans
 * outside it. Several files fold their charts into one `<details>`.
 */
export function profileChangesSection(
  files: readonly FileReport[],
  currentLabel: string,
): string | undefined {
  const changed = files.filter((f): f is Changed => f.profile !== undefined && f.profileChange !== undefined);
  if (changed.length === 0) return undefined;
  const lines = changed.map(
    (f) =>
      `- ${codeSpan(f.path, { maxLength: 200 })}: ${escapeMarkdown(f.profileChange.headline, { maxLength: 300 })}`,
  );
  const head = `**Load profile changes** · ${changed.length === 1 ? '1 scenario' : `${changed.length} scenarios`}`;
  const blocks = changed.slice(0, MAX_CHARTS).map((f) => fileBlock(f, currentLabel, changed.length > 1));
  const body = blocks.join('\n\n');
  if (changed.length === 1) return [head, lines[0], '', body].join('\n');
  const more =
    changed.length > MAX_CHARTS
      ? `\n\n_… charts of ${changed.length - MAX_CHARTS} more scenarios left out._`
      : '';
  return [
    head,
    ...lines,
    '',
    `<details><summary>Charts of the ${changed.length} scenarios</summary>\n\n${body}${more}\n\n</details>`,
  ].join('\n');
}

function fileBlock(file: Changed, currentLabel: string, named: boolean): string {
  const change = file.profileChange;
  const base = change.base;
  const ref = codeSpan(shortRef(change.baseRef), { maxLength: 60 });
  const words = [
    `base ${ref}: ${base ? escapeMarkdown(describeProfile(base)) : '_no such file_'}`,
    `${escapeMarkdown(currentLabel, { maxLength: 40 })}: ${escapeMarkdown(describeProfile(file.profile))}`,
  ].join(' · ');
  const chart = chartOf(base, file.profile);
  const title = named ? `${codeSpan(file.path, { maxLength: 200 })}\n\n` : '';
  if (!chart) return `${title}${words}`;
  const caption = chart.withBase
    ? `grey: base, red: ${escapeMarkdown(currentLabel, { maxLength: 40 })}`
    : 'the new scenario';
  return `${title}${chart.block}\n\n${words} · ${caption}`;
}

function shortRef(ref: string): string {
  return /^[0-9a-f]{40}$/i.test(ref) ? ref.slice(0, 7) : ref;
}

/** The curve to draw: VUs, else arrivals per second; both sides must speak of the same one. */
function curveOf(
  profile: ScenarioProfile,
): { points: ProfilePoint[]; unit: 'VUs' | 'arrivals/s' } | undefined {
  if (profile.model === 'closed' && profile.vus) return { points: profile.vus, unit: 'VUs' };
  if (profile.model === 'open' && profile.rate) return { points: profile.rate, unit: 'arrivals/s' };
  return undefined;
}

function chartOf(
  base: ScenarioProfile | undefined,
  head: ScenarioProfile,
): { block: string; withBase: boolean } | undefined {
  const after = curveOf(head);
  if (!after) return undefined;
  const before = base ? curveOf(base) : undefined;
  // An open and a closed model are not one quantity: no common axis, the words say it.
  if (base && (!before || before.unit !== after.unit)) return undefined;
  const end = Math.max(lastT(after.points), before ? lastT(before.points) : 0);
  if (end <= 0) return undefined;
  const minutes = end >= 120;
  const scale = minutes ? 60 : 1;
  const times = Array.from({ length: SAMPLES }, (_, i) => (end * i) / (SAMPLES - 1));
  const series = (points: ProfilePoint[]) => times.map((t) => round(sampleAt(points, t)));
  const afterValues = series(after.points);
  const beforeValues = before ? series(before.points) : undefined;
  const top = Math.max(maxOf(afterValues), maxOf(beforeValues ?? [0]));
  const lines = [
    '```mermaid',
    PALETTE,
    'xychart-beta',
    `  x-axis "${minutes ? 'minutes' : 'seconds'}" 0 --> ${round(end / scale)}`,
    `  y-axis "${after.unit}" 0 --> ${niceCeiling(top)}`,
    // The base first, so the new curve is drawn over it.
    ...(beforeValues ? [`  line [${beforeValues.join(', ')}]`] : []),
    `  line [${afterValues.join(', ')}]`,
    '```',
  ];
  return { block: lines.join('\n'), withBase: beforeValues !== undefined };
}

function lastT(points: readonly ProfilePoint[]): number {
  return points[points.length - 1]?.t ?? 0;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}

/** A round axis top a little above the peak: 150 → 160, 48 → 51. */
function niceCeiling(n: number): number {
  if (n <= 0) return 1;
  const step = 10 ** Math.floor(Math.log10(n)) / 10;
  // Rounded again: 53 × 0.1 is 5.300000000000001 in floating point.
  return round(Math.ceil((n * 1.05) / step) * step);
}
