import type { GatlingDeprecatedUse } from './facts.js';
import { INJECT_CALLS } from './injection.js';
import type { Program } from './program.js';
import { locOf, walkTypes, type CallExpr, type Expr } from './syntax.js';
import type { Node } from 'web-tree-sitter';

interface Rename {
  replacement: string;
  since: string;
  removed: boolean;
  /** Where the word is the DSL's and not some other library's. */
  context: 'injection' | 'protocol' | 'assertion' | 'request' | 'any';
  /** The replacement is the same call under a new name: the edit is exact. */
  exact: boolean;
}

/**
 * Gatling's upgrade guides: 2.3 → 3.0 ("over inject method was renamed into during", "splitUsers is dropped
 * in favor of incrementUsersPerSec and incrementConcurrentUsers", "greaterThan and lowerThan ... renamed into
 * gt and lt", "baseURL was renamed into baseUrl", asJSON/asXML, silentURI) and 3.6 → 3.7 (`${}` EL deprecated
 * for `#{}`, heavisideUsers renamed into stressPeakUsers, WhiteList/BlackList into AllowList/DenyList).
 */
const RENAMES: Record<string, Rename> = {
  over: { replacement: 'during', since: '3.0', removed: true, context: 'injection', exact: true },
  splitUsers: {
    replacement: 'incrementUsersPerSec(...) or incrementConcurrentUsers(...)',
    since: '3.0',
    removed: true,
    context: 'injection',
    exact: false,
  },
  heavisideUsers: {
    replacement: 'stressPeakUsers',
    since: '3.7',
    removed: false,
    context: 'injection',
    exact: true,
  },
  baseURL: { replacement: 'baseUrl', since: '3.0', removed: true, context: 'protocol', exact: true },
  baseURLs: { replacement: 'baseUrls', since: '3.0', removed: true, context: 'protocol', exact: true },
  silentURI: { replacement: 'silentUri', since: '3.0', removed: true, context: 'protocol', exact: true },
  greaterThan: { replacement: 'gt', since: '3.0', removed: true, context: 'assertion', exact: true },
  lowerThan: { replacement: 'lt', since: '3.0', removed: true, context: 'assertion', exact: true },
  lessThan: { replacement: 'lt', since: '3.0', removed: true, context: 'assertion', exact: true },
  perMillion: {
    replacement: 'percent (it takes a Double)',
    since: '3.0',
    removed: true,
    context: 'assertion',
    exact: false,
  },
  asJSON: { replacement: 'asJson', since: '3.0', removed: true, context: 'request', exact: true },
  asXML: { replacement: 'asXml', since: '3.0', removed: true, context: 'request', exact: true },
  WhiteList: { replacement: 'AllowList', since: '3.7', removed: false, context: 'any', exact: true },
  BlackList: { replacement: 'DenyList', since: '3.7', removed: false, context: 'any', exact: true },
  ignoreDefaultChecks: {
    replacement: 'ignoreProtocolChecks',
    since: '3.7',
    removed: false,
    context: 'request',
    exact: true,
  },
};

/** Gatling 2.0 milestone injection words (`ramp(10 users) over (10 seconds)`), gone since 2.0. */
const MILESTONE_STEPS: Record<string, string> = {
  ramp: 'rampUsers(n)',
  heaviside: 'stressPeakUsers(n)',
  atOnce: 'atOnceUsers(n)',
  constantRate: 'constantUsersPerSec(r)',
  rampRate: 'rampUsersPerSec(r)',
  split: 'incrementUsersPerSec(...)',
};

export function readDeprecated(program: Program, root: Node): GatlingDeprecatedUse[] {
  const out: GatlingDeprecatedUse[] = [];
  const injectArgs = new Set<CallExpr>();
  for (const call of program.calls)
    if (INJECT_CALLS.has(call.name))
      for (const a of call.args ?? []) if (a.kind === 'call') injectArgs.add(a);
  for (const call of program.calls) {
    const rename = RENAMES[call.name];
    if (rename && inContext(call, rename.context)) {
      out.push({
        name: call.name,
        replacement: rename.replacement,
        since: rename.since,
        removed: rename.removed,
        loc: locOf(call.nameNode, program.file),
        ...(rename.exact ? { text: rename.replacement } : {}),
      });
      continue;
    }
    const milestone = MILESTONE_STEPS[call.name];
    if (milestone && !call.receiver && isInjectionStep(call, injectArgs))
      out.push({
        name: call.name,
        replacement: milestone,
        since: '2.0',
        removed: true,
        loc: locOf(call.nameNode, program.file),
      });
  }
  out.push(...legacyExpressionLanguage(program, root));
  return out.sort((a, b) => a.loc.line - b.loc.line || a.loc.column - b.loc.column);
}

function inContext(call: CallExpr, context: Rename['context']): boolean {
  const words: string[] = [];
  for (let c: Expr | undefined = call.receiver; c?.kind === 'call'; c = c.receiver) words.push(c.name);
  const root = rootOf(call);
  switch (context) {
    case 'injection':
      return call.name === 'splitUsers' || call.name === 'heavisideUsers'
        ? !call.receiver
        : words.some((w) => /Users(?:PerSec)?$|^(?:to|randomized)$/.test(w));
    case 'protocol':
      return root === 'http' || root === 'Http' || root === 'httpProtocol' || root === 'httpConf';
    case 'assertion':
      return root === 'global' || root === 'forAll' || root === 'details';
    case 'request':
      return words.includes('http') || root === 'http';
    case 'any':
      return !call.receiver;
  }
}

function isInjectionStep(call: CallExpr, injectArgs: Set<CallExpr>): boolean {
  for (const arg of injectArgs)
    for (let c: Expr | undefined = arg; c?.kind === 'call'; c = c.receiver) if (c === call) return true;
  return false;
}

function rootOf(call: CallExpr): string | undefined {
  let c: Expr | undefined = call;
  while (c?.kind === 'call' && c.receiver) c = c.receiver;
  if (c?.kind === 'ident') return c.name;
  if (c?.kind === 'call') return c.name;
  return undefined;
}

/**
 * `"${id}"` in a plain string literal is Gatling EL (Kotlin and Scala `s"..."` interpolate it themselves, so
 * those are not). Deprecated in 3.7 for `#{id}`, which does not clash with the languages' interpolation.
 */
function legacyExpressionLanguage(program: Program, root: Node): GatlingDeprecatedUse[] {
  const out: GatlingDeprecatedUse[] = [];
  if (program.language === 'kotlin') return out;
  // Most simulations have no `${` at all: the walk over every node (a tenth of reading a file) is skipped.
  if (!root.text.includes('${')) return out;
  const stringType = program.language === 'java' ? 'string_literal' : 'string';
  walkTypes(root, [stringType], (node) => {
    const text = node.text;
    const row = node.startPosition.row;
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
      for (const m of lines[i]!.matchAll(/\$\{([^{}"]*)\}/g)) {
        const column = (i === 0 ? node.startPosition.column : 0) + m.index + 1;
        out.push({
          name: m[0],
          replacement: `#{${m[1]}}`,
          since: '3.7',
          removed: false,
          loc: { file: program.file, line: row + i + 1, column, endLine: row + i + 1, endColumn: column + 2 },
          text: '#{',
        });
      }
    }
    return false;
  });
  return out;
}
