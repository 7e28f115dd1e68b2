/**
 * Does this YAML or JSON text look like an Artillery script? Cheap: no full parse of YAML. A script has a
 * top-level `config:` with `target`, `phases` or `environments`, or a top-level `scenarios:` with `flow`
 * (or a Playwright `flowFunction`/`testFunction`). Files of other tools that share the extension are
 * excluded by their own top-level keys: Taurus (`execution:`), GitHub workflows (`jobs:`), docker-compose
 * (`services:`), Kubernetes (`apiVersion:`/`kind:`).
 */
const FOREIGN_TOP_LEVEL = [
  'execution',
  'jobs',
  'services',
  'apiVersion',
  'kind',
  'on',
  'steps',
  'stages',
  'pipeline',
];
const CONFIG_KEYS = /(^|[\s{,])["']?(target|phases|environments)["']?\s*:/m;
const FLOW_KEYS = /(^|[\s{,-])["']?(flow|flowFunction|testFunction)["']?\s*:/m;
/** The top-level keys are near the top; a huge file is judged by its head, and the adapter reports its size. */
const SNIFF_CHARS = 64 * 1024;

export function sniffArtillery(whole: string): boolean {
  const cut = whole.lastIndexOf('\n', SNIFF_CHARS);
  const text = whole.length <= SNIFF_CHARS ? whole : whole.slice(0, cut > 0 ? cut + 1 : SNIFF_CHARS);
  if (text.includes('\u0000')) return false;
  const trimmed = text.trimStart();
  if (trimmed.startsWith('{') || trimmed.startsWith('[')) return sniffJson(trimmed);
  return looksLikeArtillery(topLevelBlocks(text));
}

/** Top-level keys with the text of their block (the key's line and the indented lines under it). */
type Blocks = Map<string, string>;

function looksLikeArtillery(blocks: Blocks): boolean {
  if (FOREIGN_TOP_LEVEL.some((k) => blocks.has(k))) return false;
  if (CONFIG_KEYS.test(blocks.get('config') ?? '')) return true;
  return FLOW_KEYS.test(blocks.get('scenarios') ?? '');
}

/** Keys written at column 0 (`key:`), ignoring comments, document markers and quoted-key quotes. */
function topLevelBlocks(text: string): Blocks {
  const blocks: Blocks = new Map();
  let current: string | undefined;
  for (const line of text.split(/\r?\n|\r/)) {
    const match = /^(["']?)([A-Za-z_$][\w$.-]*)\1\s*:(\s|$)/.exec(line);
    if (match?.[2]) {
      current = match[2];
      // The key's own line counts: `config: { target: x }` is flow style on one line.
      blocks.set(current, `${blocks.get(current) ?? ''}${line.slice(match[0].length)}\n`);
    } else if (current !== undefined && /^(\s|-|$)/.test(line)) {
      // Indented lines, and `- item` lines: YAML lets a list sit at its parent key's indentation.
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
    // Flow-style YAML or broken JSON: judge by the key names alone.
    const keys = new Set([...text.matchAll(/["']?([A-Za-z_$][\w$]*)["']?\s*:/g)].map((m) => m[1] ?? ''));
    if (FOREIGN_TOP_LEVEL.some((k) => keys.has(k))) return false;
    return (keys.has('config') && CONFIG_KEYS.test(text)) || (keys.has('scenarios') && FLOW_KEYS.test(text));
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return false;
  const doc = parsed as Record<string, unknown>;
  if (FOREIGN_TOP_LEVEL.some((k) => k in doc)) return false;
  const config = doc.config;
  if (
    typeof config === 'object' &&
    config !== null &&
    ['target', 'phases', 'environments'].some((k) => k in config)
  ) {
    return true;
  }
  return (
    Array.isArray(doc.scenarios) &&
    doc.scenarios.some(
      (s) =>
        typeof s === 'object' && s !== null && ('flow' in s || 'flowFunction' in s || 'testFunction' in s),
    )
  );
}
