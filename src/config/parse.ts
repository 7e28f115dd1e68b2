import type { ResultFormat } from '../results/model.js';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { LineCounter, parseDocument } from 'yaml';
import type { RuleSetting } from '../lint/run-rules.js';
import type { RuleDefinition, SeveritySetting } from '../lint/types.js';
import { precompiled } from '../generated/config-validator.js';
import { compileSchema, describeAjvError, pointerSegments } from '../util/ajv.js';
import { closest } from '../util/closest.js';
import { lineOfPath } from '../util/yaml-position.js';
import { ConfigError } from './errors.js';
import { parseSloTarget, SLO_METRICS, type SloSpec } from '../compare/slo.js';
import { DEFAULT_CONFIG, type Config } from './model.js';
import { ruleSettingSchema, structureSchema } from './schema.js';

type RawSetting =
  | SeveritySetting
  | [SeveritySetting, Record<string, unknown>?]
  | { severity?: SeveritySetting; options?: Record<string, unknown> };

function toSetting(raw: RawSetting): RuleSetting {
  if (typeof raw === 'string') return { severity: raw };
  if (Array.isArray(raw)) return { severity: raw[0], options: raw[1] };
  return { severity: raw.severity ?? 'error', options: raw.options };
}

function toSettings(raw: Record<string, RawSetting> | undefined): Record<string, RuleSetting> {
  const out: Record<string, RuleSetting> = {};
  for (const [id, value] of Object.entries(raw ?? {})) out[id] = toSetting(value);
  return out;
}

/**
 * Parses and validates `.loadgate.yml` text. Every error names the key, the line and what was expected;
 * a config with errors is refused whole (exit 2), because half a config gates the wrong things.
 */
export function parseConfig(text: string, file: string, rules: readonly RuleDefinition[]): Config {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw ConfigError.combine(
      doc.errors.map(
        (yamlError) =>
          new ConfigError(
            `is not valid YAML: ${yamlError.message.split('\n')[0]}`,
            file,
            lineCounter.linePos(yamlError.pos[0]).line,
          ),
      ),
    );
  }
  const data: unknown = doc.toJS({ maxAliasCount: 100 }) ?? {};
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    throw new ConfigError('must be a mapping of keys (include, rules, fail-on, ...)', file, 1);
  }
  /** The most useful ajv error as a ConfigError on its line; `at` is where the validated value sits. */
  const configError = (
    errors: ErrorObject[],
    at: string[],
    schema?: Record<string, unknown>,
  ): ConfigError => {
    const error = pickError(errors);
    const segments = [...at, ...pointerSegments(error.instancePath)];
    const unknown = (error.params as { additionalProperty?: string }).additionalProperty;
    // An unknown key is reported on its own line, not on the line of the mapping holding it.
    const line = lineOfPath(doc, lineCounter, unknown ? [...segments, unknown] : segments);
    let message =
      segments.length === 0 && unknown
        ? `unknown key "${unknown}"`
        : describeAjvError({
            ...error,
            instancePath: segments.map((p) => `/${p.replace(/~/g, '~0').replace(/\//g, '~1')}`).join(''),
          });
    if (error.keyword === 'additionalProperties' && unknown && segments.length === 0 && schema) {
      const hint = closest(unknown, Object.keys((schema.properties as Record<string, unknown>) ?? {}));
      if (hint) message += `; did you mean "${hint}"?`;
    }
    return new ConfigError(message, file, line);
  };
  // Two steps, because compiling one schema that holds every rule's options costs half a second at every
  // start: the structure first, then each configured rule against its own small schema.
  const validate = compileSchema(STRUCTURE, 'config', precompiled);
  const errors: ConfigError[] = [];
  // Every error is reported, in line order: one per top-level key, per rule and per override (ajv reports
  // several for one mistake inside anyOf branches, of which the deepest is the telling one).
  const invalidKeys = new Set<string>();
  if (!validate(data)) {
    const byKey = new Map<string, ErrorObject[]>();
    for (const error of validate.errors ?? []) {
      const unknown = (error.params as { additionalProperty?: string }).additionalProperty;
      const segments = pointerSegments(error.instancePath);
      const depth = segments[0] === 'rules' || segments[0] === 'overrides' ? 2 : 1;
      const key = segments.length > 0 ? segments.slice(0, depth).join('/') : `+${unknown ?? ''}`;
      byKey.set(key, [...(byKey.get(key) ?? []), error]);
    }
    for (const [key, group] of byKey) {
      invalidKeys.add(key);
      errors.push(configError(group, [], STRUCTURE));
    }
  }
  const raw = data as Record<string, unknown>;
  const byId = new Map(rules.map((r) => [r.id, r]));
  const checkRules = (settings: Record<string, unknown> | undefined, at: string[]) => {
    for (const [id, setting] of Object.entries(settings ?? {})) {
      if (invalidKeys.has([...at, id].join('/')) || invalidKeys.has(at.slice(0, 2).join('/'))) continue;
      const rule = byId.get(id);
      if (!rule) {
        const hint = closest(id, [...byId.keys()]);
        errors.push(
          new ConfigError(
            `"${id}" is not a rule loadgate knows${hint ? `; did you mean "${hint}"?` : ''} (see docs/rules/README.md)`,
            file,
            lineOfPath(doc, lineCounter, [...at, id]),
          ),
        );
        continue;
      }
      const validateSetting = settingValidator(rule);
      if (!validateSetting(setting)) errors.push(configError(validateSetting.errors ?? [], [...at, id]));
    }
  };
  // A rule or override whose structure is wrong is reported once, not again.
  const rulesValid = !invalidKeys.has('rules') && typeof raw.rules === 'object' && !Array.isArray(raw.rules);
  if (rulesValid) checkRules(raw.rules as Record<string, unknown> | undefined, ['rules']);
  const overrides =
    invalidKeys.has('overrides') || !Array.isArray(raw.overrides)
      ? []
      : (raw.overrides as { files: string[]; rules: Record<string, RawSetting> }[]);
  overrides.forEach((o, i) => {
    if (!invalidKeys.has(`overrides/${i}`)) checkRules(o.rules, ['overrides', String(i), 'rules']);
  });
  // SLO targets: the structure is checked by the schema, the units here, each on its own line.
  const slo: SloSpec[] = [];
  if (!invalidKeys.has('slo') && Array.isArray(raw.slo)) {
    (raw.slo as Record<string, unknown>[]).forEach((entry, i) => {
      const spec: SloSpec = { targets: [] };
      const line = lineOfPath(doc, lineCounter, ['slo', String(i)]);
      if (line !== undefined) spec.line = line;
      if (typeof entry.endpoint === 'string') spec.endpoint = entry.endpoint;
      for (const metric of SLO_METRICS) {
        if (entry[metric] === undefined) continue;
        const target = parseSloTarget(metric, entry[metric]);
        if (typeof target === 'string')
          errors.push(
            new ConfigError(
              `slo[${i}].${metric}: ${target}`,
              file,
              lineOfPath(doc, lineCounter, ['slo', String(i), metric]),
            ),
          );
        else spec.targets.push(target);
      }
      if (spec.targets.length === 0 && !SLO_METRICS.some((m) => entry[m] !== undefined))
        errors.push(
          new ConfigError(
            `slo[${i}] names no metric; give at least one of ${SLO_METRICS.join(', ')}`,
            file,
            line,
          ),
        );
      slo.push(spec);
    });
  }
  if (errors.length > 0) throw ConfigError.combine(errors);
  // Entries are a path or `{path, format}`; the format wins over sniffing for what the path matches.
  const formats: Record<string, ResultFormat> = {};
  const pathOf = (entry: unknown): string => {
    if (typeof entry === 'string') return entry;
    const named = entry as { path: string; format: ResultFormat };
    formats[named.path] = named.format;
    return named.path;
  };
  const rawResults = raw.results;
  const results =
    typeof rawResults === 'string' ? [rawResults] : ((rawResults as unknown[] | undefined) ?? []).map(pathOf);
  const baseline = raw.baseline === undefined ? undefined : pathOf(raw.baseline);
  const lines: Record<string, number> = {};
  const remember = (segments: string[]) => {
    const line = lineOfPath(doc, lineCounter, segments);
    if (line !== undefined) lines[segments.join('.')] = line;
  };
  for (const key of ['include', 'baseline', 'baseline-path', 'results'])
    if (raw[key] !== undefined) remember([key]);
  overrides.forEach((o, i) =>
    o.files.forEach((_, j) => remember(['overrides', String(i), 'files', String(j)])),
  );
  return {
    file,
    include: (raw.include as string[] | undefined) ?? DEFAULT_CONFIG.include,
    exclude: (raw.exclude as string[] | undefined) ?? DEFAULT_CONFIG.exclude,
    rules: toSettings(raw.rules as Record<string, RawSetting> | undefined),
    overrides: overrides.map((o) => ({ files: o.files, rules: toSettings(o.rules) })),
    results,
    ...(baseline !== undefined ? { baseline } : {}),
    ...(typeof raw['baseline-path'] === 'string' ? { baselinePath: raw['baseline-path'] } : {}),
    ...(Object.keys(formats).length > 0 ? { formats } : {}),
    regression: (raw.regression as Config['regression'] | undefined) ?? {},
    ...(raw.history !== undefined ? { history: historyOf(raw.history as Record<string, unknown>) } : {}),
    slo,
    failOn: (raw['fail-on'] as Config['failOn'] | undefined) ?? DEFAULT_CONFIG.failOn,
    comment: (raw.comment as Config['comment'] | undefined) ?? DEFAULT_CONFIG.comment,
    ...(typeof raw['comment-id'] === 'string' ? { commentId: raw['comment-id'] } : {}),
    lines,
  };
}

/** `.loadgate.yml` without per-rule options: what is validated first, compiled once. */
const STRUCTURE = structureSchema();

const settingValidators = new WeakMap<RuleDefinition, ValidateFunction>();
/** A rule's setting (`off`, `[warning, {options}]`, ...) against that rule's own options schema. */
function settingValidator(rule: RuleDefinition): ValidateFunction {
  let validate = settingValidators.get(rule);
  if (!validate)
    settingValidators.set(rule, (validate = compileSchema(ruleSettingSchema(rule.optionsSchema))));
  return validate;
}

/** The most useful of ajv's errors: the deepest one, since anyOf branches report shallow noise first. */
function pickError<T extends { instancePath: string; keyword: string }>(errors: T[]): T {
  const concrete = errors.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
  const pool = concrete.length ? concrete : errors;
  return pool.reduce(
    (best, e) => (e.instancePath.length > best.instancePath.length ? e : best),
    pool[0] as T,
  );
}

function historyOf(raw: Record<string, unknown>): NonNullable<Config['history']> {
  return {
    ...(typeof raw.path === 'string' ? { path: raw.path } : {}),
    ...(typeof raw['max-runs'] === 'number' ? { maxRuns: raw['max-runs'] } : {}),
    ...(typeof raw.runs === 'number' ? { runs: raw.runs } : {}),
  };
}
