/** Time spent in a call: running from when it starts (plus what earlier sittings spent), frozen once it stops. */
export class CallTimer {
  private readonly startedAt: number;
  private stoppedAt: number | undefined;

  constructor(
    private readonly now: () => number,
    /** milliseconds spent before this sitting, when the call is resumed */
    private readonly before = 0,
  ) {
    this.startedAt = now();
  }

  /** Milliseconds spent so far, or in all, once stopped. */
  elapsed(): number {
    return this.before + (this.stoppedAt ?? this.now()) - this.startedAt;
  }

  /** Freeze the time (a second stop changes nothing); returns the total. */
  stop(): number {
    this.stoppedAt ??= this.now();
    return this.elapsed();
  }
}
