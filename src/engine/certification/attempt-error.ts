/** A certification step asked of an attempt that is not in a state to take it (a caller's mistake, not the candidate's). */
export class AttemptError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AttemptError';
  }
}
