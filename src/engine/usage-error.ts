/** The command line asked for something impossible (a missing option, an unknown format): exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
