import { Ajv, type ValidateFunction } from 'ajv';
import { registerSchemaCompiler } from './schema-validate.js';

export { compileSchema, describeAjvError, jsonPointerToPath, pointerSegments } from './schema-validate.js';

/**
 * One shared Ajv instance: compiling schemas is the slow part, so compiled validators are cached by ajv.
 * `verbose` puts the failing value in each error: rule messages show it, and an unknown one never fails.
 */
let shared: Ajv | undefined;

export function ajv(): Ajv {
  shared ??= new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, verbose: true });
  return shared;
}

/**
 * The same schema written again as a new object: a rule's schema with `{ $option: ... }` in it is resolved
 * for each value it checks, and ajv compiles (generates code for) every new object it is given.
 */
const compiledByText = new Map<string, ValidateFunction>();

/**
 * Compiles a schema no precompiled validator covers. Ajv refuses a second schema with an `$id` it already
 * holds; a new object with a known `$id` (the config schema of another rule set) replaces the old one instead
 * of failing.
 */
function compileAtRunTime(schema: Record<string, unknown>): ValidateFunction {
  const id = typeof schema.$id === 'string' ? schema.$id : undefined;
  const text = id ? undefined : JSON.stringify(schema);
  let validate = text === undefined ? undefined : compiledByText.get(text);
  if (!validate) {
    if (id && ajv().getSchema(id)) ajv().removeSchema(id);
    validate = ajv().compile(schema);
    // Bounded: repository rules may resolve many option values at run time.
    if (text !== undefined && compiledByText.size < 1000) compiledByText.set(text, validate);
  }
  return validate;
}

// Importing this module is what makes run-time schemas compilable (src/util/schema-validate.ts).
registerSchemaCompiler(compileAtRunTime);
