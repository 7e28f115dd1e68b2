/**
 * `baseline: auto`: the baseline is found at run time (the action's artifact of the base branch's latest
 * successful run) by a resolver the shell passes in, so the engine itself never touches the network.
 */
export const AUTO_BASELINE = 'auto';

export const DEFAULT_BASELINE_ARTIFACT = 'loadgate-baseline';

export interface ResolvedBaseline {
  /** Absolute path of the run file found; undefined when none was (then `note` says why). */
  file?: string;
  /** How reports name that file (`loadgate-baseline/run.json`), instead of its temporary path. */
  name?: string;
  /** Where it came from, for the report: "artifact loadgate-baseline of run #123". */
  source?: string;
  /** Why no baseline was found: "no successful run of this workflow on main yet". */
  note?: string;
}

export type BaselineResolver = () => Promise<ResolvedBaseline>;

export function isAutoBaseline(value: string | undefined): boolean {
  return value?.trim().toLowerCase() === AUTO_BASELINE;
}
