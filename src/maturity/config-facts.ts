import { ConfigError } from '../config/errors.js';
import { CONFIG_NAMES } from '../config/load.js';
import { DEFAULT_CONFIG, type Config } from '../config/model.js';
import { parseConfig } from '../config/parse.js';
import type { RuleDefinition } from '../lint/types.js';
import { parseYamlSource } from '../scenario/yaml-source.js';
import { getEntry, type SourceValue } from '../scenario/value.js';
import type { Evidence, MaturityDiagnostic, RepoSnapshot } from './model.js';

/** What `.loadgate.yml` at the repository root says about gating, with the line of each key. */
export interface ConfigFacts {
  /** The config in force for linting; the defaults when there is none or it is invalid. */
  config: Config;
  file?: string;
  baseline?: Evidence;
  results?: Evidence;
  /** The `regression` block with at least one metric budget. */
  budgets?: Evidence;
  /** `slo`/`slos` (from the SLO work still to land): seen when present, never required. */
  slos?: Evidence;
  diagnostics: MaturityDiagnostic[];
}

const BUDGET_KEYS = ['p50', 'p90', 'p95', 'p99', 'mean', 'error-rate', 'throughput'];

/** Reads the root `.loadgate.yml`. An invalid one is a diagnostic and linting falls back to the defaults. */
export function readConfigFacts(snapshot: RepoSnapshot, rules: readonly RuleDefinition[]): ConfigFacts {
  const file = CONFIG_NAMES.find((name) => snapshot.files.includes(name));
  if (!file) return { config: { ...DEFAULT_CONFIG }, diagnostics: [] };
  const text = snapshot.read(file);
  if (text === undefined)
    return { config: { ...DEFAULT_CONFIG }, file, diagnostics: [{ file, message: 'could not be read' }] };
  const facts: ConfigFacts = { config: { ...DEFAULT_CONFIG }, file, diagnostics: [] };
  try {
    facts.config = parseConfig(text, file, rules);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    const message = error.message.replace(`${file}${error.line ? `:${error.line}` : ''}: `, '');
    facts.diagnostics.push({ file, line: error.line, message: `${message}; scored without it` });
    return facts;
  }
  const tree = parseYamlSource(text, file).value;
  const at = (key: string, note: string): Evidence | undefined => {
    const entry = getEntry(tree, key);
    return entry ? { file, line: entry.keyLoc.line, note } : undefined;
  };
  const baseline = facts.config.baseline;
  if (baseline) facts.baseline = at('baseline', `baseline: ${baseline}`);
  if (facts.config.results.length > 0)
    facts.results = at('results', `results: ${facts.config.results.join(', ')}`);
  const budgets = Object.keys(facts.config.regression).filter((k) => BUDGET_KEYS.includes(k));
  if (budgets.length > 0) facts.budgets = at('regression', `regression budgets for ${budgets.join(', ')}`);
  const slos = getEntry(tree, 'slos') ?? getEntry(tree, 'slo');
  if (slos) facts.slos = { file, line: slos.keyLoc.line, note: `${slos.key}: ${describe(slos.value)}` };
  return facts;
}

function describe(value: SourceValue): string {
  if (value.kind === 'array') return `${value.items.length} entries`;
  if (value.kind === 'object') return `${value.entries.length} entries`;
  return value.kind === 'string' ? value.value : value.kind;
}
