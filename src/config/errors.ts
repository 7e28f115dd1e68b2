/** A configuration the user must fix: exit code 2, one sentence naming the file, the line and the key. */
export class ConfigError extends Error {
  /** The message without the file and line, for places that show those apart (a GitHub annotation). */
  readonly reason: string;
  /**
   * Every error found in the file, in line order, this one first: a config is checked whole, so one run
   * tells the user everything to fix. A single error's list is itself.
   */
  all: readonly ConfigError[] = [this];
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
    this.name = 'ConfigError';
    this.reason = message;
  }

  /**
   * Several errors as one to throw: the first in line order, carrying them all in `all`. Its message
   * stays one line (the first error, and how many more), for places that show one sentence.
   */
  static combine(errors: readonly ConfigError[]): ConfigError {
    const sorted = [...errors].sort(
      (a, b) => (a.line ?? Number.MAX_SAFE_INTEGER) - (b.line ?? Number.MAX_SAFE_INTEGER),
    );
    const [first, ...rest] = sorted;
    if (!first) throw new Error('ConfigError.combine needs at least one error');
    if (rest.length === 0) return first;
    const combined = new ConfigError(
      `${first.reason} (and ${rest.length} more configuration error${rest.length === 1 ? '' : 's'})`,
      first.file,
      first.line,
    );
    combined.all = sorted;
    return combined;
  }
}
