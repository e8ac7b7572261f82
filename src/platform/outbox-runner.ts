import { dueEntries, nextDue, type Backoff } from '../engine/xapi/outbox.ts';
import type { StatementSender } from './lrs-client.ts';
import type { OutboxStore } from './outbox-store.ts';

/** What the runner needs; time and timers are passed in so tests control them. */
export interface OutboxRunnerOptions {
  store: OutboxStore;
  /** the sender for the configured LRS, or undefined while none is configured */
  sender: () => StatementSender | undefined;
  now: () => number;
  backoff?: Backoff;
  /** statements per POST */
  batchSize?: number;
  /** called after every delivery attempt, so a screen can show the queue */
  onChange?: () => void;
}

/** Delivers the outbox: one flush at a time, a batch per POST, retries on the back-off schedule. */
export interface OutboxRunner {
  /** send whatever is due now (with `retryNow`, everything queued, back-off or not); resolves when nothing more is due */
  flush(retryNow?: boolean): Promise<void>;
  /** stop the retry timer */
  stop(): void;
}

/** Start delivering the outbox; call `flush()` after queueing and when the browser comes back online. */
export function startOutboxRunner(options: OutboxRunnerOptions): OutboxRunner {
  const batchSize = options.batchSize ?? 50;
  let running: Promise<void> | undefined;
  let again = false;
  let forceAgain = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  // After a failed POST the whole queue waits out that batch's back-off, so a dead LRS is not hit once per batch.
  let pausedUntil = 0;

  async function drain(retryNow: boolean): Promise<void> {
    if (retryNow) pausedUntil = 0;
    for (;;) {
      const send = options.sender();
      if (!send || stopped || options.now() < pausedUntil) return;
      const batch = dueEntries(await options.store.entries(), retryNow ? Number.POSITIVE_INFINITY : options.now(), batchSize);
      if (batch.length === 0) return;
      const ids = batch.map((e) => e.id);
      try {
        await send(batch.map((e) => e.statement));
        await options.store.recordSent(ids, options.now());
      } catch (error) {
        await options.store.recordFailed(ids, (error as Error).message, options.now(), options.backoff);
        pausedUntil = nextDue((await options.store.entries()).filter((e) => ids.includes(e.id))) ?? 0;
        return;
      } finally {
        options.onChange?.();
      }
    }
  }

  async function schedule(): Promise<void> {
    if (stopped) return;
    const due = nextDue(await options.store.entries());
    clearTimeout(timer);
    if (due !== undefined && options.sender()) timer = setTimeout(() => void flush(), Math.max(0, due - options.now(), pausedUntil - options.now()));
  }

  // One drain at a time: two concurrent drains could both read an entry as queued and send it twice.
  function flush(retryNow = false): Promise<void> {
    if (stopped) return Promise.resolve();
    if (running) {
      again = true;
      forceAgain ||= retryNow;
      return running;
    }
    running = (async () => {
      let force = retryNow;
      do {
        again = false;
        await drain(force);
        force = forceAgain;
        forceAgain = false;
      } while (again);
      await schedule();
    })().finally(() => (running = undefined));
    return running;
  }

  return {
    flush,
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
