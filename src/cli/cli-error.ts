/** A command-line mistake or an unreadable file: exit code 2. */
export class UsageError extends Error {
  /** @param showUsage print the usage text after the message (for mistakes in the arguments) */
  constructor(
    message: string,
    readonly showUsage = false,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}
