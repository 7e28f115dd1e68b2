import {
  getValue,
  hasUnknownEntries,
  isSourceValue,
  toPlain,
  UNKNOWN_MARKER,
  type SourceValue,
} from '../../scenario/value.js';
import {
  compileSchema,
  describeAjvError,
  jsonPointerToPath,
  pointerSegments,
} from '../../util/schema-validate.js';
import { isLocation } from '../located.js';
import type { Location } from '../../scenario/location.js';
import { display } from './display.js';
import type { FunctionResult, RuleFunction } from './types.js';

/**
 * The value must satisfy a JSON Schema. Each failure is located at the value it is about (a key of the
 * native tree, a field of the typed model), is of the kind of its ajv keyword (`required`, `maximum`), so a
 * rule can give each its own message, and fills `{{value}}`, `{{path}}`, `{{key}}` and `{{expected}}`. Parts
 * the adapter could not resolve never fail: a keyword failing on one, or a required key missing from an
 * object that hides keys, is "cannot tell".
 */
export const schema: RuleFunction<{ schema: Record<string, unknown>; allErrors?: boolean }> = {
  name: 'schema',
  description:
    'The value must satisfy a JSON Schema; each failure is of the kind of its keyword (`required`, `maximum`, ...) and located at the value it concerns.',
  optionsSchema: {
    type: 'object',
    additionalProperties: false,
    required: ['schema'],
    properties: {
      schema: { type: 'object', description: 'The JSON Schema (draft-07) the value must satisfy.' },
      allErrors: {
        type: 'boolean',
        description: 'Report every failure instead of the first (default false).',
      },
    },
  },
  judgesMissing: false,
  readsValue: false,
  readsOtherFields: false,
  valueAlone: false,
  run({ located, precompiledKey }, { schema: json, allErrors }) {
    const target = located.value;
    if (target === undefined) return [];
    const validate = compileSchema(json, precompiledKey);
    const plain = isSourceValue(target) ? plainOf(target) : target;
    if (plain === UNKNOWN_MARKER || validate(plain)) return [];
    const results: FunctionResult[] = [];
    for (const error of validate.errors ?? []) {
      // ajv runs with `verbose`, so `data` is the failing value: an unknown one is "cannot tell".
      if (error.data === UNKNOWN_MARKER) continue;
      const segments = pointerSegments(error.instancePath);
      const node = isSourceValue(target) ? nodeAt(target, segments) : undefined;
      if ((error.keyword === 'required' || error.keyword === 'anyOf') && hasUnknownEntries(node)) continue;
      const params = error.params as { missingProperty?: string; additionalProperty?: string };
      const property = params.missingProperty ?? params.additionalProperty;
      let loc = node?.loc ?? typedLoc(target, segments) ?? located.loc;
      if (property && node?.kind === 'object' && error.keyword === 'additionalProperties') {
        loc = node.entries.find((e) => e.key === property)?.keyLoc ?? loc;
      }
      results.push({
        kind: error.keyword,
        loc,
        data: {
          path: jsonPointerToPath(error.instancePath, located.path),
          // The last key alone reads best in messages: `noConnectionReuse`, not `native.noConnectionReuse`.
          key: property ?? segments[segments.length - 1] ?? located.key ?? located.path,
          property: property ?? '',
          value: display(error.data),
          expected: describeAjvError(error, located.path),
        },
      });
      if (!allErrors) break;
    }
    return results;
  },
};

/**
 * A value of the native tree as plain data, converted once: several rules check the same value (the `props`
 * of a JMeter element) with a schema each. The tree is never changed once read, and ajv only reads the data.
 */
const plainValues = new Map<SourceValue, unknown>();

/**
 * Empties the conversions once a file's rules ran (`runRules`): a strong map cleared per file rather than a
 * WeakMap, whose entries V8 frees only once a collection finds each value dead, copying the plain data
 * (as large as a plan's properties) at every minor collection until then.
 */
export function releasePlainValues(): void {
  plainValues.clear();
}

function plainOf(value: SourceValue): unknown {
  if (plainValues.has(value)) return plainValues.get(value);
  const plain = toPlain(value);
  plainValues.set(value, plain);
  return plain;
}

function nodeAt(root: SourceValue, segments: readonly string[]): SourceValue | undefined {
  let node: SourceValue | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    node = node.kind === 'array' ? node.items[Number(segment)] : getValue(node, segment);
  }
  return node;
}

/**
 * The place of a field of the typed model: its own `loc`, a sibling `<field>Loc`, or its nearest owner's,
 * so a schema on `requests[*]` reports at the request, not at the top of the file.
 */
function typedLoc(root: unknown, segments: readonly string[]): Location | undefined {
  let current: unknown = root;
  let loc = locOf(root);
  for (const segment of segments) {
    if (typeof current !== 'object' || current === null) break;
    const record = current as Record<string, unknown>;
    const sibling = record[`${segment}Loc`];
    current = record[segment];
    loc = locOf(current) ?? (isLocation(sibling) ? sibling : undefined) ?? loc;
  }
  return loc;
}

function locOf(x: unknown): Location | undefined {
  if (isLocation(x)) return x;
  const loc = typeof x === 'object' && x !== null ? (x as { loc?: unknown }).loc : undefined;
  return isLocation(loc) ? loc : undefined;
}
