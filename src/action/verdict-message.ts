import { plural } from '../report/format.js';
import type { Report } from '../report/model.js';

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
      const unreadable = report.summary.diagnostics;
      if (unreadable > 0) parts.push(`${plural(unreadable, 'file')} that could not be read`);
      const what = parts.length > 0 ? parts.join(' and ') : 'problems';
      return `loadgate found ${what} in the scenario files ${failOn}.`;
    }
  }
}
