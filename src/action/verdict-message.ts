import { plural } from '../report/format.js';
import { unreadableFiles, type Report } from '../report/model.js';

/** The one sentence `core.setFailed` gets when the verdict fails the step. */
export function failureMessage(report: Report): string {
  const failOn = `(fail-on: ${report.failOn})`;
  const { error, warning } = report.summary.findings;
  switch (report.verdict) {
    case 'regressed':
      return `loadgate found ${plural(report.summary.regressions, 'regression')} against the baseline ${failOn}.`;
    case 'not-comparable':
      return `loadgate could not compare the runs: their load profiles differ ${failOn}.`;
    case 'inconclusive':
      return `loadgate could not decide whether performance regressed: the comparison is inconclusive ${failOn}.`;
    default: {
      const parts = [];
      if (error > 0) parts.push(plural(error, 'error'));
      if (warning > 0 && report.failOn === 'warning') parts.push(plural(warning, 'warning'));
      const unreadableScenarios = report.summary.diagnostics;
      if (unreadableScenarios > 0)
        parts.push(`${plural(unreadableScenarios, 'file')} that could not be read`);
      const unreadableResults = unreadableFiles(report) - unreadableScenarios;
      const what = [
        parts.length > 0 ? `${parts.join(' and ')} in the scenario files` : '',
        unreadableResults > 0 ? `${plural(unreadableResults, 'result file')} that could not be read` : '',
      ]
        .filter(Boolean)
        .join(', and ');
      return `loadgate found ${what || 'problems'} ${failOn}.`;
    }
  }
}
