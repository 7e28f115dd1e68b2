import { plural } from '../report/format.js';
import type { Report } from '../report/model.js';

/**
 * The one sentence `core.setFailed` gets when the verdict fails the step. It names every count the
 * outputs carry (regressions, errors, unreadable files, and warnings under `fail-on: warning`), with the
 * same numbers, so the log line, the headline and the outputs never disagree.
 */
export function failureMessage(report: Report): string {
  const failOn = `(fail-on: ${report.failOn})`;
  const { error, warning } = report.summary.findings;
  const regressions = report.summary.regressions;
  const unreadableScenarios = report.files.filter((f) =>
    f.diagnostics.some((d) => d.severity === 'error'),
  ).length;
  const unreadableResults = report.summary.unreadable - unreadableScenarios;

  const scenario: string[] = [];
  if (error > 0) scenario.push(plural(error, 'error'));
  if (warning > 0 && report.failOn === 'warning') scenario.push(plural(warning, 'warning'));
  if (unreadableScenarios > 0) scenario.push(`${plural(unreadableScenarios, 'file')} that could not be read`);

  const missedSlos = report.slo?.filter((s) => s.status === 'violated').length ?? 0;
  const parts = [
    report.invalid ? `an invalid run (${report.invalid.reasons[0] ?? 'it missed its intended load'})` : '',
    missedSlos > 0 ? `${plural(missedSlos, 'missed SLO')}` : '',
    regressions > 0 ? `${plural(regressions, 'regression')} against the baseline` : '',
    scenario.length > 0 ? `${scenario.join(' and ')} in the scenario files` : '',
    unreadableResults > 0 ? `${plural(unreadableResults, 'result file')} that could not be read` : '',
  ].filter(Boolean);
  const what =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]!}` : parts[0];
  return `loadgate found ${what ?? 'problems'} ${failOn}.`;
}
