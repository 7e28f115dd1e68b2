import type { ErrorObject, ValidateFunction } from 'ajv';
import { precompiled as ruleValidators } from '../generated/validators.js';

/**
 * Validators by schema, without ajv: the built-in schemas were compiled to code by `npm run generate`, so a lint
 * with the built-in rules and their default options never loads ajv's compiler (about a quarter of start-up,
 * issue #15). A schema only known at run time (a repository rule's, a rule option set in `.loadgate.yml`) is
 * compiled by ajv, which `src/util/ajv.ts` registers here when it is imported: every module that builds such
 * schemas (the config parser, the rule loader) imports it.
 */
export type SchemaCompiler = (schema: Record<string, unknown>) => ValidateFunction;

let runtimeCompiler: SchemaCompiler | undefined;

export function registerSchemaCompiler(compile: SchemaCompiler): void {
  runtimeCompiler = compile;
}

const compiled = new WeakMap<object, ValidateFunction>();

/** Compiles a schema once per schema object: its precompiled validator when it has one, else ajv's. */
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
  if (ready) validate = ready;
  else if (runtimeCompiler) validate = runtimeCompiler(schema);
  else
    throw new Error('a JSON Schema known only at run time was met before ajv was loaded (src/util/ajv.ts)');
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
  const parts = pointerSegments(pointer);
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
