import type { Location } from '../../scenario/location.js';
import type { Located } from '../located.js';

/** What a generic function sees: the value as plain data, and where it and its owner are. */
export interface FunctionInput {
  /** Scalars of the native tree unwrapped (`true`, not `{ kind: 'boolean' }`); objects kept as selected. */
  value: unknown;
  located: Located;
  /** The value `given` selected, which `field` is read from. */
  target: Located;
  /** Reads another field of the target (`compare` against `preAllocatedVUs`), unwrapped the same way. */
  fieldValue(field: string): { value: unknown; known: boolean };
  /** The key of validators `npm run generate` compiled for this use of the function (built-in rules). */
  precompiledKey?: string;
}

/** One failure: the message kind (`above`, `required`), placeholder values, and where when not at the value. */
export interface FunctionResult {
  kind?: string;
  data?: Record<string, string | number>;
  loc?: Location;
}

/**
 * A generic check usable from rule YAML, as Spectral's functions are: it says whether one value satisfies a
 * condition given its options, and nothing about scenarios. It never runs on a value the adapter could not
 * resolve: the engine skips those before calling it.
 */
export interface RuleFunction<Options = Record<string, unknown>> {
  name: string;
  /** One sentence for the docs (docs/writing-rules.md). */
  description: string;
  /** JSON Schema of `functionOptions`, checked when a rule loads. */
  optionsSchema: Record<string, unknown>;
  /**
   * The function reads the value itself, not only whether it is there: a value built at run time (a
   * template string, `${__ENV.HOST}/api`) is then "cannot tell" and never fails.
   */
  readsValue: boolean;
  /**
   * The function says something about a missing value (`defined`, `truthy`). The others pass on one, and
   * as a `when` condition a missing value then does not hold: "when abortOnFail is true" needs it there.
   */
  judgesMissing: boolean;
  /**
   * The function reads other fields of the selected value (`compare` with `field`), not only the one its
   * clause names. A condition whose function does not, on a field of the scenario (`$.native.smokePlan`),
   * holds or not for the whole file, so the engine judges it once per file.
   */
  readsOtherFields: boolean;
  /**
   * The outcome depends on the value (as `value` shows it) and the options alone, not on its place, its
   * native form or other fields: the engine judges a scalar once per condition and options, and reuses the
   * outcome for every other value equal to it (the `kind` of thousands of JMeter elements).
   */
  valueAlone: boolean;
  run(input: FunctionInput, options: Options): FunctionResult[];
}
