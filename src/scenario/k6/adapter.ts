import type { AdapterContext, AdapterResult, Scenario, ScenarioAdapter } from '../model.js';
import type * as t from '@babel/types';
import { fileStart, forEachChild, locOf } from './ast.js';
import { bundleMarker } from './bundle.js';
import { collectFacts, collectImportedFacts } from './collect.js';
import type { Evaluator } from './evaluate.js';
import { collectHosts } from './hosts.js';
import { readExports } from './exports.js';
import { readFunctions } from './functions.js';
import { optionsSlot } from './options-slot.js';
import { readHttpOptions } from './http-options.js';
import { initStageCalls, runStageFunctions } from './init-stage.js';
import { readSummaryHandler } from './summary-handler.js';
import type { MetricType } from './metrics.js';
import { ModuleLoader } from './modules.js';
import { resolveOptions } from './options.js';
import { parseModule } from './parse.js';
import { releaseAssignmentFacts } from './assigned.js';
import { releaseCallIndex } from './parameters.js';
import { analyseModule, type ModuleInfo } from './scope.js';
import { k6Descriptor } from './descriptor.js';
import { readCriteria } from './thresholds.js';
import { readWorkloads } from './workloads.js';
import { formatBytes } from '../../util/bytes.js';

/**
 * Hand-written k6 scripts are kilobytes; multi-megabyte files are bundles (webpack, esbuild output) whose
 * sources are linted instead. Parsing one costs seconds and hundreds of megabytes, so we decline early.
 */
export const MAX_SCRIPT_CHARS = 2 * 1024 * 1024;

function buildScenario(text: string, file: string, context: AdapterContext): AdapterResult {
  const parsed = parseModule(text, file);
  if (!parsed.ok) return { diagnostics: parsed.diagnostics, comments: parsed.comments };
  const module = analyseModule(file, text, parsed.program);
  const loader = new ModuleLoader(context);
  try {
    return readScenario(module, loader, file, parsed.comments, context);
  } finally {
    for (const m of [module, ...loader.modules()]) {
      releaseAssignmentFacts(m.program);
      releaseCallIndex(m);
    }
  }
}

function readScenario(
  module: ModuleInfo,
  loader: ModuleLoader,
  file: string,
  comments: AdapterResult['comments'],
  context: AdapterContext,
): AdapterResult {
  const ev: Evaluator = { loader, active: new Set(), depth: 0 };

  const options = resolveOptions(module, ev);
  const facts = collectFacts(module, ev);
  collectImportedFacts(module, facts, loader, ev);
  const customTypes = new Map<string, MetricType>();
  for (const m of facts.metrics) {
    if (m.name === undefined) continue;
    customTypes.set(m.name, m.type);
    if (facts.checkMetrics.has(m.name)) m.countsChecks = true;
  }

  // Neither a default function nor options: a library. Its importers decide criteria and load.
  const library = !module.exports.has('default') && !options.exported;
  const criteria = readCriteria(options.value, options.anchor, customTypes);
  const scenario: Scenario = {
    tool: 'k6',
    file,
    workloads: readWorkloads(options.value, options.anchor),
    criteria: library ? { ...criteria, status: 'unknown' } : criteria,
    requests: facts.requests.map((f) => f.request),
    thinkTimes: facts.thinkTimes,
    hosts: collectHosts(facts.requests, (f) => facts.calls.get(f) ?? f.urlNode, ev),
    secrets: facts.secrets.secrets,
    checks: facts.checks,
    http: readHttpOptions(options.value),
    native: options.value,
    loc: fileStart(file),
    metrics: facts.metrics,
    imports: facts.imports,
    protocols: {
      used: [...facts.protocols].filter((p) => p !== 'unknown'),
      complete: !facts.protocols.has('unknown'),
    },
    exports: readExports(module, facts.nameCounts),
    functions: readFunctions(module),
    initStageCalls: initStageCalls(facts.initOnly, runStageFunctions(module, options.value)),
  };
  if (facts.perVuOpens.length > 0)
    scenario.perVuData = facts.perVuOpens.map((o) => {
      const bytes = context.sizeOfSibling?.(file, o.file);
      return bytes === undefined ? o : { ...o, bytes, size: formatBytes(bytes) };
    });
  const summaryHandler = readSummaryHandler(module);
  if (summaryHandler) scenario.summaryHandler = summaryHandler;
  if (library) scenario.module = true;
  scenario.exportsOptions = options.exported;
  if (!options.exported) {
    scenario.optionsSlot = optionsSlot(module, scenario.exports?.complete !== false);
    // Criteria belong in options the script does not have: point at what runs, the default function.
    const run = scenario.functions?.find((f) => f.name === 'default');
    const firstCode = module.program.body.find((s) => s.type !== 'ImportDeclaration');
    const code = firstCode ? locOf(firstCode, file) : scenario.criteria.anchor;
    scenario.criteria.anchor = run?.loc ?? { file, line: code.line, column: code.column };
  }
  return { scenario, diagnostics: [], comments };
}

/** Nesting our walks handle; a file nested deeper is refused, on the line where it gets that deep. */
const MAX_NESTING = 500;

/** The line where the syntax tree first nests deeper than MAX_NESTING, found without recursion. */
function deepLine(text: string, file: string): number {
  const parsed = parseModule(text, file);
  if (!parsed.ok) return 1;
  const stack: { node: t.Node; depth: number }[] = [{ node: parsed.program, depth: 0 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (depth > MAX_NESTING) return node.loc?.start.line ?? 1;
    forEachChild(node, (child) => stack.push({ node: child, depth: depth + 1 }));
  }
  return 1;
}

/**
 * Reads k6 scripts (JavaScript or TypeScript) statically: the exported `options` (with local constants,
 * spreads and imported config files followed), requests, sleeps, checks, hosts and secrets. Nothing in
 * the script or the files it imports is ever run.
 */
export const k6Adapter: ScenarioAdapter = {
  ...k6Descriptor,
  parse(text: string, file: string, context: AdapterContext): AdapterResult {
    if (text.length > MAX_SCRIPT_CHARS) {
      const size = (text.length / (1024 * 1024)).toFixed(1);
      return {
        diagnostics: [
          {
            file,
            severity: 'warning',
            line: 1,
            message: `is ${size} MB, over the 2 MB loadgate reads for a k6 script; this looks like a bundle, so lint its sources instead`,
          },
        ],
        comments: [],
      };
    }
    const bundle = bundleMarker(text);
    if (bundle !== undefined) {
      // Generated code is not linted: every finding would point at lines nobody edits.
      return {
        diagnostics: [
          {
            file,
            severity: 'warning',
            line: bundle.line,
            message: `generated bundle: lint its sources (found ${bundle.what})`,
          },
        ],
        comments: [],
      };
    }
    try {
      return buildScenario(text, file, context);
    } catch (error) {
      // Pathological nesting can exhaust the stack in our own walk even when the parser coped.
      if (error instanceof RangeError) {
        return {
          diagnostics: [
            {
              file,
              severity: 'error',
              line: deepLine(text, file),
              message: 'is nested too deeply to analyse statically',
            },
          ],
          comments: [],
        };
      }
      // A bug of ours must not stop the run: the file is reported and the other files are still linted.
      return {
        diagnostics: [
          { file, severity: 'error', message: `could not be analysed: ${(error as Error).message}` },
        ],
        comments: [],
      };
    }
  },
};
