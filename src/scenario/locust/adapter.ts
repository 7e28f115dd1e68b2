import type { Location } from '../location.js';
import type {
  AdapterResult,
  Diagnostic,
  HttpOptions,
  Scenario,
  ScenarioAdapter,
  SourceComment,
} from '../model.js';
import { loadPythonParser, MAX_PYTHON_BYTES, MAX_PYTHON_NODES, parsePython } from '../python/parser.js';
import { firstSyntaxError, locOf } from '../python/syntax.js';
import type { SourceValue } from '../value.js';
import { readCalls } from './calls.js';
import { deprecatedInClasses, readClasses, type ClassNode } from './classes.js';
import { readCriteria } from './criteria.js';
import { addClassFacts } from './class-facts.js';
import type { LocustClass, LocustFacts } from './facts.js';
import { readImports } from './imports.js';
import { findSecrets } from './secrets.js';
import { readShapes } from './shapes.js';
import { locustDescriptor } from './descriptor.js';
import { LocustNodes } from './nodes.js';
import { readWorkloads } from './workloads.js';

/**
 * Locust files (Python), parsed with tree-sitter's Python grammar. Nothing is imported or run: classes,
 * requests, pauses and listeners are read from the syntax tree. The wasm parser is loaded by `prepare`,
 * which the engine awaits only when a file this adapter claims is about to be parsed.
 */
export const locustAdapter: ScenarioAdapter = {
  ...locustDescriptor,
  prepare: loadPythonParser,
  parse: parseLocust,
};

export function parseLocust(text: string, file: string): AdapterResult {
  const diagnostics: Diagnostic[] = [];
  if (Buffer.byteLength(text, 'utf8') > MAX_PYTHON_BYTES) {
    diagnostics.push({
      file,
      severity: 'error',
      message: `is larger than ${MAX_PYTHON_BYTES / 1024 / 1024} MiB: not read as a locustfile`,
      line: 1,
      column: 1,
    });
    return { diagnostics, comments: [] };
  }
  const parsed = parsePython(text);
  if ('error' in parsed) {
    diagnostics.push({ file, severity: 'error', message: parsed.error, line: 1, column: 1 });
    return { diagnostics, comments: [] };
  }
  const { tree } = parsed;
  try {
    const root = tree.rootNode;
    if (root.descendantCount > MAX_PYTHON_NODES) {
      diagnostics.push({
        file,
        severity: 'error',
        message: `has ${root.descendantCount} syntax nodes, more than the ${MAX_PYTHON_NODES} loadgate reads in a locustfile: not linted`,
        line: 1,
        column: 1,
      });
      return { diagnostics, comments: [] };
    }
    const nodes = new LocustNodes(root, text);
    const comments = readComments(nodes);
    const error = firstSyntaxError(root);
    if (error) {
      const what = error.isMissing ? `missing "${error.type}"` : 'syntax error';
      diagnostics.push({
        file,
        severity: 'error',
        message: `is not valid Python: ${what} at line ${error.startPosition.row + 1}`,
        line: error.startPosition.row + 1,
        column: error.startPosition.column + 1,
      });
      return { diagnostics, comments };
    }
    return { scenario: readScenario(nodes, file), diagnostics, comments };
  } finally {
    tree.delete();
  }
}

function readScenario(nodes: LocustNodes, file: string): Scenario {
  const loc: Location = { file, line: 1, column: 1 };
  const names = readImports(nodes, file);
  const classes = readClasses(nodes, file, names);
  const calls = readCalls(nodes, file, names);
  const shapes = readShapes(classes, nodes, file);
  const { criteria, setters } = readCriteria(nodes, file, loc);
  const facts: LocustFacts = {
    classes: classes.map((c) => c.facts),
    deprecated: [...names.deprecated, ...deprecatedInClasses(classes, file, names)],
    shapes,
    exitCodeSetters: setters,
    usesPlugins: names.usesPlugins,
    unreported: calls.unreported,
  };
  const thinkTimes = [...calls.thinkTimes];
  for (const c of facts.classes) {
    if (c.waitTime) thinkTimes.push({ seconds: c.waitTime.args?.[0], within: c.name, loc: c.waitTime.loc });
    if (c.minWait) thinkTimes.push({ seconds: ms(c.minWait.value), within: c.name, loc: c.minWait.loc });
  }
  addClassFacts(facts, thinkTimes);
  // Before Locust 1.0 (HttpLocust users) `.success()`/`.failure()` recorded the request at once, without a
  // with-block: such files are left to the deprecated-API rule.
  if (facts.classes.some((c) => c.legacy)) facts.unreported = [];
  // A file without a runnable user is a part (shapes, listeners, task sets for another locustfile).
  const module = !facts.classes.some((c) => c.kind === 'user' && !c.abstract);
  return {
    tool: 'locust',
    file,
    workloads: readWorkloads(shapes, facts.classes),
    criteria: module ? { ...criteria, status: 'unknown' } : criteria,
    requests: calls.requests,
    thinkTimes,
    hosts: calls.hosts,
    secrets: findSecrets(nodes, file),
    checks: calls.checks,
    http: httpOptions(calls.http, facts.classes),
    native: nativeTree(classes, loc),
    module,
    locust: facts,
    loc,
  };
}

/**
 * `verify=False` turns TLS verification off only for requests-based clients (HttpUser, HttpLocust);
 * FastHttpUser's geventhttpclient accepts the keyword for compatibility and ignores it. When every user of
 * the file that names its client is a FastHttp one, the flag says nothing about TLS.
 */
function httpOptions(http: HttpOptions, classes: LocustClass[]): HttpOptions {
  const clients = new Set(classes.filter((c) => c.kind === 'user').map((c) => c.httpClient));
  if (!http.tlsVerifyDisabled || !clients.has('fasthttp') || clients.has('requests')) return http;
  const { tlsVerifyDisabled: _ignored, ...rest } = http;
  return rest;
}

function ms(value: number | undefined): number | undefined {
  return value === undefined ? undefined : value / 1000;
}

function readComments(nodes: LocustNodes): SourceComment[] {
  return nodes
    .of('comment')
    .map((c) => ({ line: c.startPosition.row + 1, text: c.text.replace(/^#\s?/, '') }));
}

/** The classes as Locust sees them, for custom rules that select into `native` (`native.WebsiteUser.kind`). */
function nativeTree(classes: readonly ClassNode[], loc: Location): SourceValue {
  return {
    kind: 'object',
    loc,
    entries: classes.map(({ facts, node }) => ({
      key: facts.name,
      keyLoc: facts.nameLoc,
      value: {
        kind: 'object',
        loc: locOf(node, loc.file),
        entries: [
          {
            key: 'kind',
            keyLoc: facts.nameLoc,
            value: { kind: 'string', value: facts.kind, loc: facts.nameLoc },
          },
          {
            key: 'bases',
            keyLoc: facts.nameLoc,
            value: {
              kind: 'array',
              loc: facts.nameLoc,
              items: facts.bases.map((b) => ({ kind: 'string' as const, value: b, loc: facts.nameLoc })),
            },
          },
        ],
      },
    })),
  };
}
