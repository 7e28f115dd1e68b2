import type { Scenario } from '../../scenario/model.js';
import { getValue, type SourceValue } from '../../scenario/value.js';
import type { CheckFunction } from '../types.js';

/** Properties that name a variable an element sets: extractors' reference names, counters. */
const REFERENCE_NAMES = [
  'RegexExtractor.refname',
  'BoundaryExtractor.refname',
  'JSONPostProcessor.referenceNames',
  'XPathExtractor.refname',
  'XPathExtractor2.refname',
  'HtmlExtractor.refname',
  'CounterConfig.name',
  'variableName',
];

const SETS_VARIABLES = /Extractor$|^(?:JSONPostProcessor|CounterConfig|RegexExtractor|HtmlExtractor)$/;

/**
 * `${...}` in a cached JSR223 script is replaced once, before compilation, so the cached class keeps the
 * first value. Only JMeter function calls and variables the plan defines are reported: Groovy's own
 * `"${x}"` interpolation looks the same and is fine.
 */
export const check: CheckFunction = {
  name: 'jmeter-jsr223-variable-interpolation',
  run(target, ctx) {
    const scenario = target as Scenario;
    if (scenario?.tool !== 'jmeter') return;
    const elements = getValue(scenario.native, 'elements');
    if (elements?.kind !== 'array') return;
    const variables = definedVariables(scenario, elements.items);
    for (const element of elements.items) {
      if (!/^JSR223/.test(text(getValue(element, 'kind')))) continue;
      const props = getValue(element, 'props');
      // Caching off, or a script file (read as is): no first-value problem.
      if (text(getValue(props, 'cacheKey')) === 'false' || text(getValue(props, 'filename')).trim()) continue;
      const language = text(getValue(props, 'scriptLanguage'));
      if (language && language !== 'groovy') continue;
      const script = getValue(props, 'script');
      if (script?.kind !== 'string') continue;
      for (const match of script.value.matchAll(/\$\{(__\w+\(|[A-Za-z_][\w.-]*\})/g)) {
        const ref = match[1]!;
        const isFunction = ref.startsWith('__');
        const name = isFunction ? ref.slice(0, -1) : ref.slice(0, -1);
        if (!isFunction && !variables.has(name)) continue;
        // Properties and the environment hold one value for the run: the first replacement is the only one.
        if (isFunction && /^__(?:P|property|env)$/.test(name)) continue;
        ctx.report({
          loc: element.loc,
          data: {
            name: text(getValue(element, 'name')),
            reference: isFunction ? `\${${name}(...)}` : `\${${name}}`,
            variable: isFunction ? 'name' : name,
          },
        });
        break;
      }
    }
  },
};

function text(value: SourceValue | undefined): string {
  return value?.kind === 'string' ? value.value : '';
}

/**
 * Variables that change during the run: CSV columns, extractor and counter names. User Defined Variables
 * are set once, so caching their first replacement changes nothing.
 */
function definedVariables(scenario: Scenario, elements: SourceValue[]): Set<string> {
  const names = new Set<string>();
  for (const source of scenario.dataSources ?? []) for (const v of source.variables) names.add(v);
  for (const element of elements) {
    // Only the elements that set variables: reading the others' properties would build them all.
    if (!SETS_VARIABLES.test(text(getValue(element, 'kind')))) continue;
    const props = getValue(element, 'props');
    for (const key of REFERENCE_NAMES) {
      for (const n of text(getValue(props, key)).split(/[;,]/)) if (n.trim()) names.add(n.trim());
    }
  }
  return names;
}
