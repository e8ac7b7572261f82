/** A problem with an input file, located precisely enough for a trainer to fix it. */
export class InputError extends Error {
  /** @param file path as the user gave it; @param line 1-based, when known */
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly detail: string,
  ) {
    super(`${file}${line === undefined ? '' : `:${line}`}: ${detail}`);
    this.name = 'InputError';
  }
}
