import type { CheckRef, Criterion } from '../model.js';
import type { SourceValue } from '../value.js';
import { getValue, itemsOf, stringOf } from './tree.js';

/**
 * Marks the error criteria a run of HTTP server errors passes (`Criterion.missesHttpErrors`). `maxErrorRate`
 * and `vusers.failed` count virtual users that failed, and `errors.*` transport errors: an HTTP response of
 * any status completes its virtual user (artilleryio/artillery#1556: `http.codes.404: 444` with
 * `vusers.completed: 444`), unless artillery-plugin-expect checks the status and fails it. So in a file with
 * HTTP scenarios and no expectation that the loaded expect plugin evaluates, only a criterion on
 * `http.codes.*` (or a per-endpoint `codes.*`) sees server errors.
 */
export function markHttpErrorBlindness(
  criteria: readonly Criterion[],
  document: SourceValue,
  expectPluginEnabled: boolean,
  checks: readonly CheckRef[],
): void {
  const statusesChecked = expectPluginEnabled && checks.some((c) => c.kind === 'expect');
  if (statusesChecked || !runsHttp(document)) return;
  for (const c of criteria)
    if (c.concerns === 'errors' && !/(^|\.)codes\.\d/.test(c.expression)) c.missesHttpErrors = true;
}

/**
 * Does a scenario run on Artillery's default engine, the one that reports `http.codes`? (A Socket.IO scenario
 * fails its virtual users on its own errors, and has no status to miss.)
 */
function runsHttp(document: SourceValue): boolean {
  return itemsOf(getValue(document, 'scenarios')).some((s) => {
    const engine = getValue(s, 'engine');
    return engine === undefined || engine.kind === 'null' || stringOf(engine) === 'http';
  });
}
