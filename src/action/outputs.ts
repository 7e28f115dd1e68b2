import * as core from '@actions/core';
import { unreadableFiles, type Report } from '../report/model.js';
import { Outputs } from './constants.js';

export interface ActionOutputs {
  violations: number;
  errors: number;
  regressions: number;
  /** The report's verdict, or `error` when the run could not start (bad input or configuration). */
  verdict: Report['verdict'] | 'error';
  reportPath: string;
  sarifPath: string;
  runPath: string;
}

/** The counts behind the outputs: violations are warnings and errors; errors include unreadable files. */
export function countOutputs(
  report: Report,
): Pick<ActionOutputs, 'violations' | 'errors' | 'regressions' | 'verdict'> {
  const { error, warning } = report.summary.findings;
  const unreadable = unreadableFiles(report);
  return {
    violations: error + warning,
    errors: error + unreadable,
    regressions: report.summary.regressions,
    verdict: report.verdict,
  };
}

export function setOutputs(outputs: ActionOutputs): void {
  core.setOutput(Outputs.Violations, outputs.violations);
  core.setOutput(Outputs.Errors, outputs.errors);
  core.setOutput(Outputs.Regressions, outputs.regressions);
  core.setOutput(Outputs.Verdict, outputs.verdict);
  core.setOutput(Outputs.ReportPath, outputs.reportPath);
  core.setOutput(Outputs.SarifPath, outputs.sarifPath);
  core.setOutput(Outputs.RunPath, outputs.runPath);
}
