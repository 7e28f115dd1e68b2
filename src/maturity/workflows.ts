import { parseYamlSource } from '../scenario/yaml-source.js';
import { getEntry, getValue, type SourceValue } from '../scenario/value.js';
import type { MaturityDiagnostic, RepoSnapshot } from './model.js';

/**
 * GitHub Actions workflows as the maturity practices need them: when they run and what their steps do.
 * Workflows are parsed with the YAML parser that keeps positions; a file that is not valid YAML is a
 * diagnostic with its path and line, and the other workflows are still read.
 */

export interface Trigger {
  line: number;
  /** Push branch filters as written; empty when every branch (so the default branch too) triggers. */
  branches?: string[];
}

export interface WorkflowStep {
  file: string;
  line: number;
  job: string;
  uses?: string;
  run?: string;
  /** `with:` inputs of an action step, by name. */
  inputs: Record<string, { value: string; line: number }>;
}

export interface Workflow {
  file: string;
  pullRequest?: Trigger;
  push?: Trigger;
  schedule?: Trigger;
  steps: WorkflowStep[];
}

const WORKFLOW_FILE = /^\.github\/workflows\/[^/]+\.ya?ml$/;

export function readWorkflows(snapshot: RepoSnapshot): {
  workflows: Workflow[];
  diagnostics: MaturityDiagnostic[];
} {
  const workflows: Workflow[] = [];
  const diagnostics: MaturityDiagnostic[] = [];
  for (const file of snapshot.files.filter((f) => WORKFLOW_FILE.test(f))) {
    const text = snapshot.read(file);
    if (text === undefined) {
      diagnostics.push({ file, message: 'could not be read' });
      continue;
    }
    const parsed = parseYamlSource(text, file);
    const error = parsed.diagnostics.find((d) => d.severity === 'error');
    if (error || !parsed.value) {
      if (!parsed.empty || error)
        diagnostics.push({
          file,
          line: error?.line,
          message: `${error?.message ?? 'is not a workflow'}; this workflow is not scored`,
        });
      continue;
    }
    if (parsed.value.kind !== 'object') {
      diagnostics.push({ file, line: 1, message: 'is not a mapping; this workflow is not scored' });
      continue;
    }
    workflows.push(readWorkflow(file, parsed.value));
  }
  return { workflows, diagnostics };
}

function readWorkflow(file: string, doc: SourceValue): Workflow {
  const workflow: Workflow = { file, steps: [] };
  // YAML 1.1 readers turn a bare `on` into true; the yaml package reads YAML 1.2, where it stays "on".
  const on = getEntry(doc, 'on') ?? getEntry(doc, 'true');
  if (on) {
    const value = on.value;
    const events: { name: string; line: number; config?: SourceValue }[] =
      value.kind === 'string'
        ? [{ name: value.value, line: value.loc.line }]
        : value.kind === 'array'
          ? value.items.flatMap((i) => (i.kind === 'string' ? [{ name: i.value, line: i.loc.line }] : []))
          : value.kind === 'object'
            ? value.entries.map((e) => ({ name: e.key, line: e.keyLoc.line, config: e.value }))
            : [];
    for (const event of events) {
      if (event.name === 'pull_request' || event.name === 'pull_request_target')
        workflow.pullRequest ??= { line: event.line };
      else if (event.name === 'schedule') workflow.schedule = { line: event.line };
      else if (event.name === 'push') {
        const branches = getValue(event.config, 'branches');
        workflow.push = {
          line: event.line,
          branches:
            branches?.kind === 'array'
              ? branches.items.flatMap((b) => (b.kind === 'string' ? [b.value] : []))
              : branches?.kind === 'string'
                ? [branches.value]
                : [],
        };
      }
    }
  }
  const jobs = getValue(doc, 'jobs');
  if (jobs?.kind !== 'object') return workflow;
  for (const job of jobs.entries) {
    const steps = getValue(job.value, 'steps');
    if (steps?.kind !== 'array') continue;
    for (const step of steps.items) {
      if (step.kind !== 'object') continue;
      const uses = getValue(step, 'uses');
      const run = getValue(step, 'run');
      const inputs: WorkflowStep['inputs'] = {};
      const withValue = getValue(step, 'with');
      if (withValue?.kind === 'object')
        for (const e of withValue.entries)
          if (e.value.kind === 'string' || e.value.kind === 'number' || e.value.kind === 'boolean')
            inputs[e.key] = { value: String(e.value.value), line: e.keyLoc.line };
      const entry: WorkflowStep = { file, line: step.loc.line, job: job.key, inputs };
      if (uses?.kind === 'string') entry.uses = uses.value;
      if (run?.kind === 'string') entry.run = run.value;
      workflow.steps.push(entry);
    }
  }
  return workflow;
}

/** Is the default branch among the pushes that trigger it? Without a filter, every branch is. */
export function pushesDefaultBranch(trigger: Trigger | undefined): boolean {
  if (!trigger) return false;
  const branches = trigger.branches ?? [];
  return (
    branches.length === 0 ||
    branches.some((b) => ['main', 'master', '*', '**'].includes(b) || b.includes('default_branch'))
  );
}

// Step commands are shell lines, not a language loadgate parses; these look for the tool's own command words.
const LOADGATE_ACTION = /(^|\/)loadgate(\/[^@]*)?@/i;
const LOADGATE_RUN = /\bloadgate(?:\.js)?\s+(lint|check|compare|maturity|rules)\b/;
const TOOL_ACTIONS = /^(grafana\/(k6-action|run-k6-action)|artilleryio\/action-cli)@/i;
const TOOL_RUNS: readonly [RegExp, string][] = [
  [/\bk6\s+(run|cloud)\b/, 'k6'],
  [/\bartillery\s+run\b/, 'Artillery'],
  [/\bjmeter\b[^\n]*\s-n\b/, 'JMeter'],
  [/\blocust\b[^\n]*--headless\b/, 'Locust'],
  [/\bbzt\s/, 'Taurus'],
  [/\bgatling(\.sh)?\b/, 'Gatling'],
];

/** The loadgate command a step runs (`check` for the action, which always checks), or undefined. */
export function loadgateCommand(step: WorkflowStep): string | undefined {
  if (step.uses && LOADGATE_ACTION.test(step.uses)) return 'check';
  return step.run ? LOADGATE_RUN.exec(step.run)?.[1] : undefined;
}

/** The load-test tool a step runs (`k6`, `Artillery`, ...), or undefined. */
export function loadToolOf(step: WorkflowStep): string | undefined {
  if (step.uses && TOOL_ACTIONS.test(step.uses)) return step.uses.startsWith('grafana/') ? 'k6' : 'Artillery';
  if (!step.run) return undefined;
  return TOOL_RUNS.find(([pattern]) => pattern.test(step.run!))?.[1];
}

/** The line of a command-line flag or an action input on the step, when it has it. */
export function stepOption(step: WorkflowStep, input: string, flag: string): number | undefined {
  if (step.inputs[input] && step.inputs[input].value !== '') return step.inputs[input].line;
  if (step.run && new RegExp(`(^|\\s)${flag}(=|\\s)`).test(step.run)) return step.line;
  return undefined;
}

const UPLOADS = /^actions\/upload-artifact@/i;
const DOWNLOADS = /^(actions\/download-artifact|dawidd6\/action-download-artifact)@/i;

export const isUpload = (step: WorkflowStep) => step.uses !== undefined && UPLOADS.test(step.uses);
export const isDownload = (step: WorkflowStep) => step.uses !== undefined && DOWNLOADS.test(step.uses);
