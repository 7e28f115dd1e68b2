import { practice, type RepoFacts } from '../facts.js';
import type { Evidence, PracticeResult } from '../model.js';
import { isDownload, loadgateCommand, loadToolOf, stepOption } from '../workflows.js';

/** Level 3: the tests run where changes are reviewed, on every pull request, not when someone remembers. */
export function ciPractice(facts: RepoFacts): PracticeResult {
  const evidence: Evidence[] = [];
  let onPullRequest = false;
  let elsewhere = false;
  for (const workflow of facts.workflows) {
    for (const step of workflow.steps) {
      const command = loadgateCommand(step);
      const tool = loadToolOf(step);
      if (!command && !tool) continue;
      const what = command ? `loadgate ${command}` : `${tool} run`;
      if (workflow.pullRequest) {
        onPullRequest = true;
        evidence.push({ file: step.file, line: step.line, note: `${what} on pull_request` });
      } else if (workflow.push || workflow.schedule) {
        elsewhere = true;
        evidence.push({
          file: step.file,
          line: step.line,
          note: `${what} on ${workflow.push ? 'push' : 'schedule'}`,
        });
      }
    }
  }
  const score = onPullRequest ? 10 : elsewhere ? 5 : 0;
  return practice(
    'ci',
    'Runs in CI on pull requests',
    3,
    10,
    score,
    onPullRequest
      ? 'a workflow runs loadgate or a load-test tool on pull requests'
      : elsewhere
        ? 'load tests run in CI, but not on pull requests'
        : 'no workflow under .github/workflows runs loadgate or a load-test tool',
    evidence,
    [
      onPullRequest || elsewhere
        ? 'Trigger the load-test workflow `on: pull_request` too, so a change is judged before it merges.'
        : 'Add `.github/workflows/load-tests.yml` that runs `loadgate/loadgate@v0` `on: pull_request` (see the README): every scenario change is linted, and results are compared when the job runs the test.',
    ],
  );
}

/** Level 3: a result is compared with a baseline within budgets, and a regression fails the pull request. */
export function regressionGatingPractice(facts: RepoFacts): PracticeResult {
  const evidence: Evidence[] = [];
  const config = facts.config;
  let baseline = false;
  let compares = false;
  if (config.baseline) {
    baseline = true;
    evidence.push(config.baseline);
  }
  if (config.results) evidence.push(config.results);
  const budgets = config.budgets !== undefined;
  if (config.budgets) evidence.push(config.budgets);
  if (config.slos) evidence.push(config.slos);
  for (const workflow of facts.workflows) {
    for (const step of workflow.steps) {
      const command = loadgateCommand(step);
      if (isDownload(step) && workflow.steps.some((s) => s.job === step.job && loadgateCommand(s))) {
        evidence.push({ file: step.file, line: step.line, note: `baseline downloaded (${step.uses})` });
      }
      if (!command) continue;
      const baselineLine = stepOption(step, 'baseline', '--baseline');
      const resultsLine = stepOption(step, 'results', '--current');
      if (baselineLine !== undefined) {
        baseline = true;
        evidence.push({ file: step.file, line: baselineLine, note: `loadgate ${command} with a baseline` });
      }
      const comparing =
        command === 'compare' ||
        resultsLine !== undefined ||
        ((command === 'check' || command === 'compare') && config.results !== undefined);
      if (comparing && workflow.pullRequest) {
        compares = true;
        evidence.push({
          file: step.file,
          line: resultsLine ?? step.line,
          note: `loadgate ${command} compares results on pull_request`,
        });
      }
    }
  }
  const score = (baseline ? 4 : 0) + (budgets ? 3 : 0) + (compares ? 3 : 0);
  const steps: string[] = [];
  if (!baseline)
    steps.push(
      'Keep a baseline: save the result of a run on the default branch (`save-run: run.json` on the action, or `--save-run run.json`) and pass it as `baseline` (input or `.loadgate.yml`).',
    );
  if (!budgets)
    steps.push(
      'Set regression budgets in `.loadgate.yml` (`regression: { p95: { relative: 10, absolute: 20 }, error-rate: { absolute: 0.5 } }`), so only a change beyond the noise fails.',
    );
  if (!compares)
    steps.push(
      'Compare on pull requests: run the test in the pull-request workflow and give loadgate its result (`results:` input or `.loadgate.yml`).',
    );
  return practice(
    'regression-gating',
    'Baselines and regression gating',
    3,
    7,
    score,
    [
      baseline ? 'a baseline is configured' : 'no baseline',
      budgets ? 'regression budgets are set' : 'no regression budgets',
      compares ? 'results are compared on pull requests' : 'no comparison on pull requests',
    ].join(', '),
    evidence,
    steps,
  );
}
