/**
 * The command line asked for something impossible (a missing option, an unknown format, a file that is not
 * there, nothing to lint): exit code 2. `help` says whether pointing at `loadgate --help` helps: it does
 * for a misspelt option, not for a folder that holds no scenario.
 */
export class UsageError extends Error {
  readonly help: boolean;
  constructor(message: string, options: { help?: boolean } = {}) {
    super(message);
    this.name = 'UsageError';
    this.help = options.help ?? true;
  }
}
