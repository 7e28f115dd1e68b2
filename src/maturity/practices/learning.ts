import { listFiles, practice, type RepoFacts } from '../facts.js';
import type { Evidence, PracticeResult } from '../model.js';
import {
  isUpload,
  loadgateCommand,
  loadToolOf,
  pushesDefaultBranch,
  stepOption,
  type WorkflowStep,
} from '../workflows.js';

/**
 * Level 5: results are kept over time on the default branch, so a baseline is always at hand and slow drifts
 * show. loadgate's own history store and change-point detection are not released yet; until they are, a
 * saved run (loadgate `save-run` or an uploaded artifact) from pushes to the default branch is the history.
 */
export function historyPractice(facts: RepoFacts): PracticeResult {
  const evidence: Evidence[] = [];
  let saved = false;
  let scheduled = false;
  for (const workflow of facts.workflows) {
    const onDefault = pushesDefaultBranch(workflow.push);
    if (!onDefault && !workflow.schedule) continue;
    const testing = new Set(
      workflow.steps.filter((s) => loadgateCommand(s) || loadToolOf(s)).map((s) => s.job),
    );
    for (const step of workflow.steps) {
      if (!testing.has(step.job)) continue;
      const saveLine = loadgateCommand(step) ? stepOption(step, 'save-run', '--save-run') : undefined;
      // The action uploads its own artifacts: the history chain, or the run as the next baseline.
      const actionLine = loadgateCommand(step)
        ? (trueInput(step, 'history') ?? trueInput(step, 'upload-baseline'))
        : undefined;
      const kept = saveLine !== undefined || actionLine !== undefined || isUpload(step);
      if (!kept) continue;
      saved = true;
      if (workflow.schedule) scheduled = true;
      const when = [onDefault ? 'push to the default branch' : '', workflow.schedule ? 'schedule' : '']
        .filter(Boolean)
        .join(' and ');
      evidence.push({
        file: step.file,
        line: actionLine ?? saveLine ?? step.line,
        note: `${keptHow(step, actionLine !== undefined, saveLine !== undefined)} on ${when}`,
      });
    }
  }
  const score = (saved ? 7 : 0) + (scheduled ? 3 : 0);
  const steps: string[] = [];
  if (!saved)
    steps.push(
      'Keep history: in a workflow `on: push` to the default branch and `pull_request`, run the load test and the loadgate action with `history: true` and `upload-baseline: true`; it uploads the history and the run as artifacts, and pull requests read the latest ones (`baseline: auto`).',
    );
  if (!scheduled)
    steps.push(
      'Run the load test on a schedule (`on: schedule`) as well, so the history has regular points between merges and slow drifts show.',
    );
  return practice(
    'history',
    'History kept on the default branch',
    5,
    7,
    score,
    saved
      ? `runs are kept${scheduled ? ', also on a schedule' : ''}`
      : 'no workflow keeps load-test results from the default branch',
    evidence,
    steps,
  );
}

/**
 * Level 5: what loadgate recommends is acted on. Today the recommendations are lint findings: a file counts
 * when nothing at warning or error level is left open and every suppression says why.
 */
function keptHow(step: WorkflowStep, byAction: boolean, saved: boolean) {
  if (byAction)
    return trueInput(step, 'history') !== undefined
      ? 'history kept as an artifact chain'
      : 'run uploaded as the baseline artifact';
  return saved ? 'run file saved' : `results uploaded (${step.uses})`;
}

/** The line of an action input set to true (`history: true`). */
function trueInput(step: WorkflowStep, name: string): number | undefined {
  const input = step.inputs[name];
  return input && input.value.trim().toLowerCase() === 'true' ? input.line : undefined;
}

export function actingOnFindingsPractice(facts: RepoFacts): PracticeResult {
  // A file that could not be parsed was never judged; it is a diagnostic, not a clean file.
  const files = facts.scenarios.filter((f) => f.scenario);
  const evidence: Evidence[] = [];
  const open: string[] = [];
  const unexplained: string[] = [];
  for (const f of files) {
    const left = f.findings.filter((x) => x.severity !== 'info');
    const silent = f.suppressed.filter((s) => !s.reason);
    if (left.length > 0) open.push(f.path);
    if (silent.length > 0) unexplained.push(f.path);
    for (const s of f.suppressed.filter((x) => x.reason).slice(0, 2))
      evidence.push({
        file: f.path,
        line: s.finding.loc.line,
        note: `${s.finding.ruleId} suppressed: ${s.reason}`,
      });
    if (left.length === 0 && silent.length === 0)
      evidence.push({ file: f.path, line: 1, note: 'lints clean' });
  }
  const clean = files.filter((f) => !open.includes(f.path) && !unexplained.includes(f.path)).length;
  const score = files.length === 0 ? 0 : (10 * clean) / files.length;
  const steps: string[] = [];
  if (open.length > 0)
    steps.push(
      `Act on the open findings in ${listFiles(open)}: \`npx loadgate lint\` lists them, \`--fix\` applies the exact fixes; suppress only with a reason.`,
    );
  if (unexplained.length > 0)
    steps.push(
      `Give every suppression a reason (\`// loadgate-disable-next-line <rule> -- why\`) in ${listFiles(unexplained)}.`,
    );
  return practice(
    'acting-on-findings',
    'Recommendations acted on',
    5,
    7,
    score,
    files.length === 0
      ? 'no scenario to lint'
      : `${clean} of ${files.length} scenario file${files.length === 1 ? '' : 's'} have no open warning or error and no unexplained suppression`,
    evidence,
    steps,
  );
}
