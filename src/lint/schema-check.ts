import type { Location } from '../scenario/location.js';
import {
  getValue,
  hasUnknownEntries,
  isSourceValue,
  toPlain,
  UNKNOWN_MARKER,
  type SourceValue,
} from '../scenario/value.js';
import { compileSchema, describeAjvError, jsonPointerToPath, pointerSegments } from '../util/ajv.js';
import type { CheckReport } from './types.js';

/**
 * Checks a selected value against a rule's JSON Schema. Values the adapter could not resolve never fail:
 * "cannot tell" must not become a finding.
 */
export function runSchemaCheck(
  schema: Record<string, unknown>,
  target: unknown,
  path: string,
  fallback: Location,
  /** The key of a validator compiled at build time (`check:<rule id>`), when the rule is built in. */
  precompiledKey?: string,
): CheckReport[] {
  const validate = compileSchema(schema, precompiledKey);
  const plain = isSourceValue(target) ? toPlain(target) : target;
  if (plain === UNKNOWN_MARKER || validate(plain)) return [];
  for (const error of validate.errors ?? []) {
    if (error.data === UNKNOWN_MARKER) continue;
    const segments = pointerSegments(error.instancePath);
    const node = isSourceValue(target) ? nodeAt(target, segments) : undefined;
    if ((error.keyword === 'required' || error.keyword === 'anyOf') && hasUnknownEntries(node)) continue;
    const property =
      (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ??
      (error.params as { additionalProperty?: string }).additionalProperty;
    let loc = node?.loc ?? fallback;
    if (property && node?.kind === 'object' && error.keyword === 'additionalProperties') {
      loc = node.entries.find((e) => e.key === property)?.keyLoc ?? loc;
    }
    return [
      {
        loc,
        data: {
          path: jsonPointerToPath(error.instancePath, path),
          // The last key alone reads best in messages: `noConnectionReuse`, not `native.noConnectionReuse`.
          key: property ?? segments[segments.length - 1] ?? path,
          property: property ?? '',
          value: describeValue(error.data),
          expected: describeAjvError(error, path),
        },
      },
    ];
  }
  return [];
}

function nodeAt(root: SourceValue, segments: readonly string[]): SourceValue | undefined {
  let node: SourceValue | undefined = root;
  for (const segment of segments) {
    if (!node) return undefined;
    node = node.kind === 'array' ? node.items[Number(segment)] : getValue(node, segment);
  }
  return node;
}

function describeValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
