import { LineCounter, parseDocument } from 'yaml';
import { compileSchema, describeAjvError, pointerSegments } from '../util/ajv.js';
import { lineOfPath } from '../util/yaml-position.js';
import { closest } from '../util/closest.js';
import { ruleFunctions } from './functions/index.js';
import { resolveOptions } from './run-clauses.js';
import type { FixSafety, RuleCheck, RuleClause, RuleDefinition } from './types.js';
import { ruleFileSchema } from './rule-schema.js';

export interface RuleLoadError {
  origin: string;
  line?: number;
  message: string;
}

export type RuleLoadResult = { rule: RuleDefinition } | { error: RuleLoadError };

/**
 * Reads one rule file. A bad rule is refused with its path, the line and the reason, never half-loaded:
 * a rule that silently checks nothing is worse than one that does not load.
 */
export function loadRuleText(text: string, origin: string, expectedId?: string): RuleLoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const yamlError = doc.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    return { error: { origin, line, message: `is not valid YAML: ${yamlError.message.split('\n')[0]}` } };
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 });
  const validate = compileSchema(ruleFileSchema);
  if (!validate(data)) {
    const first = (validate.errors ?? [])[0];
    if (first) {
      const line = lineOfPath(doc, lineCounter, pointerSegments(first.instancePath));
      return { error: { origin, line, message: describeAjvError(first, 'rule') } };
    }
  }
  const raw = data as Record<string, unknown>;
  if (expectedId && raw.id !== expectedId) {
    return {
      error: {
        origin,
        line: 1,
        message: `declares id "${String(raw.id)}" but its path makes it "${expectedId}"; the id is the file name`,
      },
    };
  }
  const optionsSchema = raw['options-schema'] as Record<string, unknown> | undefined;
  if (optionsSchema) {
    try {
      compileSchema(optionsSchema);
    } catch (e) {
      return { error: { origin, message: `has an invalid options-schema: ${(e as Error).message}` } };
    }
  }
  const shape = shapeProblem(raw);
  if (shape) return { error: { origin, line: 1, message: shape } };
  const defaultOptions = raw['default-options'] as Record<string, unknown> | undefined;
  const given = raw.given === undefined ? undefined : ([] as string[]).concat(raw.given as string | string[]);
  const when = clauseList(raw.when);
  const then = clauseList(raw.then);
  const messages = raw.messages as Record<string, string>;
  for (const [section, clauses] of [
    ['when', when],
    ['then', then],
  ] as const) {
    for (const [i, clause] of (clauses ?? []).entries()) {
      const problem = clauseProblem(clause, messages, defaultOptions ?? {});
      if (problem) {
        const segments = Array.isArray(raw[section]) ? [section, String(i)] : [section];
        return { error: { origin, line: lineOfPath(doc, lineCounter, segments), message: problem } };
      }
    }
  }
  const fix = raw.fix as RuleDefinition['fix'];
  const tools = raw.tools as RuleDefinition['tools'];
  const uncovered = typeof fix === 'object' ? tools.filter((t) => !(t in fix)) : [];
  if (uncovered.length > 0) {
    return { error: { origin, message: `has a per-tool fix without an entry for ${uncovered.join(', ')}` } };
  }
  const rule: RuleDefinition = {
    id: raw.id as string,
    tools: raw.tools as RuleDefinition['tools'],
    severity: raw.severity as RuleDefinition['severity'],
    category: raw.category as string,
    summary: raw.summary as string,
    rationale: raw.rationale as string,
    since: (raw.since as string | undefined) ?? '0.1.0',
    sources: (raw.sources as string[] | undefined) ?? [],
    ...(given ? { given } : {}),
    ...(when ? { when } : {}),
    ...(then ? { then } : {}),
    ...(raw.check ? { check: raw.check as RuleCheck } : {}),
    messages,
    fix,
    ...(raw['fix-safety'] ? { fixSafety: raw['fix-safety'] as FixSafety } : {}),
    optionsSchema,
    defaultOptions,
    examples: raw.examples as RuleDefinition['examples'],
    origin,
  };
  return { rule };
}

/** A rule is stated as data (`then`, with `given` and `when`) or names a check function (`check`), not both. */
function shapeProblem(raw: Record<string, unknown>): string | undefined {
  if (raw.then === undefined && raw.check === undefined)
    return 'states no check: add `then` (generic functions on what `given` selects) or `check` (a check function)';
  if (raw.then !== undefined && raw.check !== undefined)
    return 'states its check twice: `then` and `check`; keep one';
  if (raw.check !== undefined && (raw.given !== undefined || raw.when !== undefined))
    return '`given` and `when` go with `then`; a check function reads the whole scenario';
  return undefined;
}

function clauseList(raw: unknown): RuleClause[] | undefined {
  if (raw === undefined) return undefined;
  return ([] as RuleClause[]).concat(raw as RuleClause | RuleClause[]);
}

/**
 * What is wrong with one `when`/`then` clause: an unknown function, options the function does not take, a
 * regular expression that does not compile, a message id the rule does not define. Checked when the rule
 * loads, so a rule that would silently check nothing is refused instead.
 */
function clauseProblem(
  clause: RuleClause,
  messages: Record<string, string>,
  defaults: Record<string, unknown>,
): string | undefined {
  const fn = ruleFunctions.get(clause.function);
  if (!fn) {
    const hint = closest(clause.function, [...ruleFunctions.keys()]);
    return `names function "${clause.function}", which does not exist${hint ? `; did you mean "${hint}"?` : ''} (functions: ${[...ruleFunctions.keys()].join(', ')})`;
  }
  const options = resolveOptions(clause.functionOptions ?? {}, defaults) as Record<string, unknown>;
  const validate = compileSchema(fn.optionsSchema);
  if (!validate(options)) {
    const first = validate.errors?.[0];
    return `has invalid functionOptions for "${fn.name}": ${first ? describeAjvError(first, 'functionOptions') : 'invalid'}`;
  }
  for (const key of ['match', 'notMatch'] as const) {
    const source = options[key];
    if (fn.name !== 'pattern' || typeof source !== 'string') continue;
    try {
      new RegExp(source, typeof options.flags === 'string' ? options.flags : '');
    } catch (e) {
      return `has an invalid regular expression in functionOptions.${key}: ${(e as Error).message}`;
    }
  }
  if (fn.name === 'schema') {
    try {
      compileSchema(options.schema as Record<string, unknown>);
    } catch (e) {
      return `has an invalid JSON Schema in functionOptions.schema: ${(e as Error).message}`;
    }
  }
  const ids = typeof clause.message === 'string' ? [clause.message] : Object.values(clause.message ?? {});
  const missing = ids.find((id) => messages[id] === undefined);
  if (missing) return `names message "${missing}", which is not under messages`;
  return undefined;
}

/** The id a rule file must declare, from its path under `rules/`: `rules/common/x.yml` → `x`, `rules/k6/y.yml` → `k6/y`. */
export function ruleIdFromPath(relativePath: string): string {
  const parts = relativePath
    .replace(/\\/g, '/')
    .replace(/\.ya?ml$/, '')
    .split('/');
  const name = parts.pop() ?? '';
  const group = parts.pop();
  return !group || group === 'common' || group === 'rules' ? name : `${group}/${name}`;
}
