/**
 * Does this YAML or JSON text look like a Taurus (`bzt`) config? Cheap: no full parse of YAML. A config has
 * a top-level `execution:` holding load or scenario settings, or is a fragment meant to be merged with
 * others on the `bzt` command line: `scenarios:` as a mapping of named scenarios with `requests` or
 * `script`, `reporting:`/`services:` lists of Taurus modules, or Taurus' own `settings`, `provisioning`,
 * `included-configs`, `cli-aliases` or `bzt.` module classes. Artillery scripts (`config:`, `flow`), GitHub
 * workflows, Kubernetes manifests and docker-compose files (whose `services:` is a mapping of containers)
 * are left alone.
 */
const FOREIGN_TOP_LEVEL = ['config', 'jobs', 'apiVersion', 'kind', 'on', 'steps', 'stages', 'pipeline'];
const EXECUTION_KEYS =
  /(^|[\s{,-])["']?(concurrency|hold-for|ramp-up|iterations|throughput|executor|scenario|steps)["']?\s*:/m;
const SCENARIO_KEYS = /(^|[\s{,-])["']?(requests|script|default-address)["']?\s*:/m;
const MODULE_ITEM =
  /^\s*-\s*(["']?module["']?\s*:|["']?(passfail|final-stats|final_stats|console|junit-xml|blazemeter|monitoring|shellexec|virtual-display)["']?\s*$)/m;
const TAURUS_SETTINGS = /(^|\s)["']?(artifacts-dir|default-executor|check-interval)["']?\s*:/m;
/** The top-level keys are near the top; a huge file is judged by its head, and the adapter reports its size. */
const SNIFF_CHARS = 64 * 1024;

export function sniffTaurus(whole: string): boolean {
  const cut = whole.lastIndexOf('\n', SNIFF_CHARS);
  const text = whole.length <= SNIFF_CHARS ? whole : whole.slice(0, cut > 0 ? cut + 1 : SNIFF_CHARS);
  if (text.includes('\u0000')) return false;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{')) return sniffJson(trimmed);
  return looksLikeTaurus(topLevelBlocks(text));
}

type Blocks = Map<string, string>;

function looksLikeTaurus(blocks: Blocks): boolean {
  if (FOREIGN_TOP_LEVEL.some((k) => blocks.has(k))) return false;
  const execution = blocks.get('execution');
  if (execution !== undefined && EXECUTION_KEYS.test(execution)) return true;
  const scenarios = blocks.get('scenarios');
  // Taurus names its scenarios (a mapping); Artillery lists them (`- flow:`).
  if (scenarios !== undefined && !/^\s*-/m.test(firstLine(scenarios)) && SCENARIO_KEYS.test(scenarios))
    return true;
  if (['reporting', 'services'].some((k) => MODULE_ITEM.test(blocks.get(k) ?? ''))) return true;
  if (blocks.has('included-configs') || blocks.has('cli-aliases')) return true;
  if (blocks.has('provisioning') || TAURUS_SETTINGS.test(blocks.get('settings') ?? '')) {
    return ['execution', 'scenarios', 'reporting', 'services', 'modules'].some((k) => blocks.has(k));
  }
  return /\bclass\s*:\s*bzt\./.test(blocks.get('modules') ?? '');
}

/** The first line of a block that holds something, past the key's own line. */
function firstLine(block: string): string {
  return block.split('\n').find((l) => l.trim() !== '' && !l.trim().startsWith('#')) ?? '';
}

/** Keys written at column 0 (`key:`), ignoring comments, document markers and quoted-key quotes. */
function topLevelBlocks(text: string): Blocks {
  const blocks: Blocks = new Map();
  let current: string | undefined;
  for (const line of text.split(/\r?\n|\r/)) {
    const match = /^(["']?)([A-Za-z_$][\w$.-]*)\1\s*:(\s|$)/.exec(line);
    if (match?.[2]) {
      current = match[2];
      blocks.set(current, `${blocks.get(current) ?? ''}${line.slice(match[0].length)}\n`);
    } else if (current !== undefined && /^(\s|-|$)/.test(line)) {
      blocks.set(current, `${blocks.get(current)}${line}\n`);
    } else if (!line.startsWith('#')) {
      current = undefined;
    }
  }
  return blocks;
}

function sniffJson(text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // A JSON document followed by others, or broken JSON: judge by the quoted key names alone.
    const keys = new Set([...text.matchAll(/"([A-Za-z_$][\w$.-]*)"\s*:/g)].map((m) => m[1] ?? ''));
    if (FOREIGN_TOP_LEVEL.some((k) => keys.has(k))) return false;
    return keys.has('execution') && EXECUTION_KEYS.test(text);
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return false;
  const doc = parsed as Record<string, unknown>;
  if (FOREIGN_TOP_LEVEL.some((k) => k in doc)) return false;
  const objects = (v: unknown): Record<string, unknown>[] =>
    (Array.isArray(v) ? v : [v]).filter(
      (x): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x),
    );
  const loadKeys = ['concurrency', 'hold-for', 'ramp-up', 'iterations', 'throughput', 'executor', 'scenario'];
  if (objects(doc.execution).some((e) => loadKeys.some((k) => k in e))) return true;
  const scenarios = doc.scenarios;
  if (typeof scenarios === 'object' && scenarios !== null && !Array.isArray(scenarios)) {
    const named = Object.values(scenarios).flatMap(objects);
    if (named.some((s) => 'requests' in s || 'script' in s)) return true;
  }
  const modules = [...objects(doc.reporting), ...objects(doc.services)];
  return modules.some((m) => typeof m.module === 'string') || 'included-configs' in doc;
}
