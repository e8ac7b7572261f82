/** A source of monotonic milliseconds; injected so timers can be driven in tests. */
export interface Clock {
  now(): number;
}

/** The page's high-resolution clock. */
export const browserClock: Clock = { now: () => performance.now() };
