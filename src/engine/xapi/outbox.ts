import { z } from 'zod';
import { XapiStatementSchema, type XapiStatement } from './xapi-statement.ts';

/** One statement in the outbox: queued until the LRS accepts it, then kept as sent so the same id is never queued again. */
export const OutboxEntrySchema = z.strictObject({
  id: z.uuid(),
  /** order of queueing, so statements go out in the order they were made */
  seq: z.number().int().min(0),
  statement: XapiStatementSchema,
  status: z.enum(['queued', 'sent']),
  tries: z.number().int().min(0),
  /** epoch ms before which a queued entry is not sent again */
  nextAttemptAt: z.number(),
  queuedAt: z.iso.datetime(),
  sentAt: z.iso.datetime().nullable(),
  lastError: z.string().nullable(),
});
export type OutboxEntry = z.infer<typeof OutboxEntrySchema>;

/** The back-off schedule: first retry after `baseMs`, doubling up to `maxMs`. */
export interface Backoff {
  baseMs: number;
  maxMs: number;
}

/** Retry after 2 s, 4 s, 8 s … at most every 5 minutes. */
export const DEFAULT_BACKOFF: Backoff = { baseMs: 2_000, maxMs: 300_000 };

/** How long to wait after the `tries`-th failed send. */
export function backoffDelay(tries: number, backoff: Backoff = DEFAULT_BACKOFF): number {
  return Math.min(backoff.maxMs, backoff.baseMs * 2 ** Math.max(0, tries - 1));
}

/** New entries for the statements whose ids the outbox has never held, queued or sent (repeats within the batch count once), numbered from `firstSeq`. */
export function enqueue(known: ReadonlySet<string>, statements: readonly XapiStatement[], now: number, firstSeq: number): OutboxEntry[] {
  const seen = new Set(known);
  const added: OutboxEntry[] = [];
  for (const statement of statements) {
    if (seen.has(statement.id)) continue;
    seen.add(statement.id);
    added.push({ id: statement.id, seq: firstSeq + added.length, statement, status: 'queued', tries: 0, nextAttemptAt: now, queuedAt: new Date(now).toISOString(), sentAt: null, lastError: null });
  }
  return added;
}

/** Queued entries whose back-off has elapsed, oldest first, at most `limit`. */
export function dueEntries(entries: readonly OutboxEntry[], now: number, limit: number): OutboxEntry[] {
  return entries
    .filter((e) => e.status === 'queued' && e.nextAttemptAt <= now)
    .sort((a, b) => a.seq - b.seq)
    .slice(0, limit);
}

/** The entry once the LRS accepted it; a sent entry stays as it was. */
export function markSent(entry: OutboxEntry, now: number): OutboxEntry {
  if (entry.status === 'sent') return entry;
  return { ...entry, status: 'sent', sentAt: new Date(now).toISOString(), lastError: null };
}

/** The entry after a failed send: still queued, retried after the back-off. A sent entry stays sent. */
export function markFailed(entry: OutboxEntry, error: string, now: number, backoff: Backoff = DEFAULT_BACKOFF): OutboxEntry {
  if (entry.status === 'sent') return entry;
  const tries = entry.tries + 1;
  return { ...entry, tries, nextAttemptAt: now + backoffDelay(tries, backoff), lastError: error };
}

/** When the next queued entry falls due, or undefined when nothing is queued. */
export function nextDue(entries: readonly OutboxEntry[]): number | undefined {
  const times = entries.filter((e) => e.status === 'queued').map((e) => e.nextAttemptAt);
  return times.length ? Math.min(...times) : undefined;
}
