/** A configuration the user must fix: exit code 2, one sentence naming the file, the line and the key. */
export class ConfigError extends Error {
  /** The message without the file and line, for places that show those apart (a GitHub annotation). */
  readonly reason: string;
  constructor(
    message: string,
    readonly file?: string,
    readonly line?: number,
  ) {
    super(file ? `${file}${line ? `:${line}` : ''}: ${message}` : message);
    this.name = 'ConfigError';
    this.reason = message;
  }
}
