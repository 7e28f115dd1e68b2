import type { Severity } from '../lint/types.js';

/** What a renderer needs to know about a rule beyond its findings: SARIF rule metadata, doc links. */
export interface RuleMeta {
  id: string;
  /** Imperative one-sentence summary ("Require pass/fail criteria"). */
  summary: string;
  severity: Severity;
  category: string;
  /** Link to the rule's doc page; defaults to the page in the loadgate repository. */
  helpUri?: string;
  /** Why the rule exists, for SARIF `fullDescription`; the summary is used when absent. */
  rationale?: string;
}

const DOCS_BASE = 'https://github.com/loadgate/loadgate/blob/main/docs/rules/';

/** The doc page of a built-in rule: `docs/rules/<id>.md` (tool-prefixed ids keep their folder). */
export function defaultHelpUri(ruleId: string): string {
  return DOCS_BASE + ruleId.split('/').map(encodeURIComponent).join('/') + '.md';
}
