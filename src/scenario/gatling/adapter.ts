import type { Location } from '../location.js';
import type { AdapterResult, Diagnostic, Scenario, ScenarioAdapter } from '../model.js';
import { readCriteria } from './assertions.js';
import { readDeprecated } from './deprecated.js';
import { readFlow } from './flow.js';
import {
  languageOf,
  loadGrammar,
  MAX_SIMULATION_BYTES,
  MAX_SIMULATION_NODES,
  parseJvm,
  type JvmLanguage,
} from './grammars.js';
import { readHttp } from './http.js';
import { readInjection } from './injection.js';
import { nativeTree } from './native.js';
import { readProgram } from './program.js';
import { gatlingDescriptor } from './descriptor.js';
import { firstSyntaxError, locOf } from './syntax.js';

const LANGUAGE_NAMES: Record<JvmLanguage, string> = { java: 'Java', kotlin: 'Kotlin', scala: 'Scala' };

/**
 * Gatling simulations in Java, Kotlin and Scala, parsed with tree-sitter's grammars for each language.
 * Nothing is compiled or run: the DSL's calls (`setUp`, `inject*`, `assertions`, `http(...).get(...)`,
 * `pause`, `feed`) are read from the syntax tree, and names declared once in the file are followed. Only the
 * grammar of the file's language is loaded, by `prepare`, when such a file is about to be parsed.
 */
export const gatlingAdapter: ScenarioAdapter = {
  ...gatlingDescriptor,
  prepare: async (file?: string) => {
    const language = file === undefined ? undefined : languageOf(file);
    if (language) await loadGrammar(language);
    else await Promise.all((['java', 'kotlin', 'scala'] as const).map(loadGrammar));
  },
  parse: parseGatling,
};

export function parseGatling(text: string, file: string): AdapterResult {
  const fail = (message: string, line = 1, column = 1): AdapterResult => ({
    diagnostics: [{ file, severity: 'error', message, line, column } satisfies Diagnostic],
    comments: [],
  });
  const language = languageOf(file);
  if (!language) return fail('is not a Java, Kotlin or Scala file');
  if (Buffer.byteLength(text, 'utf8') > MAX_SIMULATION_BYTES)
    return fail(`is larger than ${MAX_SIMULATION_BYTES / 1024 / 1024} MiB: not read as a Gatling simulation`);
  const parsed = parseJvm(text, language);
  if ('error' in parsed) return fail(parsed.error);
  const { tree } = parsed;
  try {
    const root = tree.rootNode;
    if (root.descendantCount > MAX_SIMULATION_NODES)
      return fail(
        `has ${root.descendantCount} syntax nodes, more than the ${MAX_SIMULATION_NODES} loadgate reads in a simulation: not linted`,
      );
    const program = readProgram(root, language, file);
    const error = firstSyntaxError(root, language === 'kotlin' ? '_class_member_semi' : undefined);
    if (error) {
      const what = error.isMissing ? `missing "${error.type}"` : 'syntax error';
      return {
        diagnostics: [
          {
            file,
            severity: 'error',
            message: `is not valid ${LANGUAGE_NAMES[language]}: ${what} at line ${error.startPosition.row + 1}`,
            line: error.startPosition.row + 1,
            column: error.startPosition.column + 1,
          },
        ],
        comments: program.comments,
      };
    }
    const loc: Location = { file, line: 1, column: 1 };
    const setUp = program.calls.find((c) => c.name === 'setUp' && c.args !== undefined && !c.receiver);
    const anchor = setUp ? locOf(setUp.nameNode, file) : loc;
    const injection = readInjection(program);
    const http = readHttp(program);
    const flow = readFlow(program);
    const scenario: Scenario = {
      tool: 'gatling',
      file,
      workloads: injection.workloads,
      criteria: readCriteria(program, anchor, setUp !== undefined),
      requests: http.requests,
      thinkTimes: flow.thinkTimes,
      hosts: http.hosts,
      secrets: flow.secrets,
      checks: http.checks,
      http: {},
      native: nativeTree(program, injection.steps, flow, anchor),
      // A file without setUp holds chains, requests or protocols another simulation runs.
      module: setUp === undefined,
      dataSources: flow.dataSources,
      gatling: { language, deprecated: readDeprecated(program, root) },
      loc,
    };
    return { scenario, diagnostics: [], comments: program.comments };
  } finally {
    tree.delete();
  }
}
