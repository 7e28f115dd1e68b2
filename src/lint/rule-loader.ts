import { LineCounter, parseDocument } from 'yaml';
import { compileSchema, describeAjvError, pointerSegments } from '../util/ajv.js';
import { lineOfPath } from '../util/yaml-position.js';
import type { RuleDefinition } from './types.js';
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
    given: raw.given as string | undefined,
    check: raw.check as RuleDefinition['check'],
    messages: raw.messages as Record<string, string>,
    fix,
    optionsSchema,
    defaultOptions: raw['default-options'] as Record<string, unknown> | undefined,
    examples: raw.examples as RuleDefinition['examples'],
    origin,
  };
  return { rule };
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
