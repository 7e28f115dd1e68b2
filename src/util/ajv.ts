import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import { precompiled as ruleValidators } from '../generated/validators.js';

/**
 * One shared Ajv instance: compiling schemas is the slow part, so compiled validators are cached by ajv.
 * `verbose` puts the failing value in each error: rule messages show it, and an unknown one never fails.
 */
let shared: Ajv | undefined;

export function ajv(): Ajv {
  shared ??= new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
  return shared;
}

const compiled = new WeakMap<object, ValidateFunction>();
/**
 * The same schema written again as a new object: a rule's schema with `{ $option: ... }` in it is resolved
 * for each value it checks, and ajv compiles (generates code for) every new object it is given.
 */
const compiledByText = new Map<string, ValidateFunction>();

/**
 * Compiles a schema once per schema object. Ajv refuses a second schema with an `$id` it already holds; a
 * schema object seen again reuses its validator, and a new object with a known `$id` (the config schema of
 * another rule set) replaces the old one instead of failing.
 */
export function compileSchema(
  schema: Record<string, unknown>,
  precompiledKey?: string,
  // The rules' validators by default; the run and config schemas have their own modules (loaded when needed).
  precompiled: object = ruleValidators,
): ValidateFunction {
  let validate = compiled.get(schema);
  if (validate) return validate;
  // Built-in schemas were compiled to code by `npm run generate`; CI keeps that code in step with them.
  const ready = precompiledKey
    ? (precompiled as unknown as Record<string, ValidateFunction | undefined>)[precompiledKey]
    : undefined;
  if (ready) {
    compiled.set(schema, ready);
    return ready;
  }
  const id = typeof schema.$id === 'string' ? schema.$id : undefined;
  const text = id ? undefined : JSON.stringify(schema);
  validate = text === undefined ? undefined : compiledByText.get(text);
  if (!validate) {
    if (id && ajv().getSchema(id)) ajv().removeSchema(id);
    validate = ajv().compile(schema);
    // Bounded: repository rules may resolve many option values at run time.
    if (text !== undefined && compiledByText.size < 1000) compiledByText.set(text, validate);
  }
  compiled.set(schema, validate);
  return validate;
}

/** An ajv error as one plain sentence: `"phases[0].duration" must be number`. */
export function describeAjvError(error: ErrorObject, root = ''): string {
  const path = jsonPointerToPath(error.instancePath, root);
  const where = path ? `"${path}"` : 'the value';
  switch (error.keyword) {
    case 'required':
      return `${where} is missing required key "${String(error.params.missingProperty)}"`;
    case 'additionalProperties':
      return `${where} has unknown key "${String(error.params.additionalProperty)}"`;
    case 'enum':
      return `${where} must be one of ${(error.params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `${where} must be ${String(error.params.type)}`;
    default:
      return `${where} ${error.message ?? 'is invalid'}`;
  }
}

export function jsonPointerToPath(pointer: string, root = ''): string {
  const parts = pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  let out = root;
  for (const part of parts) out += /^\d+$/.test(part) ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

export function pointerSegments(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
}
