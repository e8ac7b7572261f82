import { describe, expect, it } from 'vitest';
import { backoffDelay, dueEntries, enqueue, markFailed, markSent, nextDue, type OutboxEntry } from '../../../src/engine/xapi/outbox.ts';
import { callStatements } from '../../../src/engine/xapi/call-statements.ts';
import { practiceCall } from '../records/record-fixtures.ts';

const statements = callStatements(practiceCall(), ['a', 'b'], { actor: { name: 'Ann', mbox: 'mailto:ann@example.com' }, activityRoot: 'https://frontline.example/xapi' });
const T = Date.parse('2025-03-01T09:00:00.000Z');

describe('outbox state machine', () => {
  it('queues each statement id once, across batches and within one', () => {
    const first = enqueue(new Set(), [...statements, statements[0]!], T, 0);
    expect(first.map((e) => e.id)).toEqual(statements.map((s) => s.id));
    expect(first.map((e) => e.seq)).toEqual(statements.map((_, i) => i));
    expect(first.every((e) => e.status === 'queued' && e.tries === 0 && e.nextAttemptAt === T)).toBe(true);
    expect(enqueue(new Set(first.map((e) => e.id)), statements, T + 1, 0)).toEqual([]);
  });

  it('backs off exponentially up to the cap', () => {
    expect([1, 2, 3, 4, 8, 20].map((n) => backoffDelay(n))).toEqual([2_000, 4_000, 8_000, 16_000, 256_000, 300_000]);
    expect(backoffDelay(3, { baseMs: 100, maxMs: 1_000 })).toBe(400);
  });

  it('retries a failed entry only after its back-off, keeping the error', () => {
    let [entry] = enqueue(new Set(), statements.slice(0, 1), T, 0) as [OutboxEntry];
    entry = markFailed(entry, 'LRS answered 503', T);
    expect(entry).toMatchObject({ status: 'queued', tries: 1, nextAttemptAt: T + 2_000, lastError: 'LRS answered 503' });
    expect(dueEntries([entry], T + 1_999, 10)).toEqual([]);
    expect(dueEntries([entry], T + 2_000, 10)).toEqual([entry]);
    entry = markFailed(entry, 'offline', T + 2_000);
    expect(entry.nextAttemptAt).toBe(T + 2_000 + 4_000);
    expect(nextDue([entry])).toBe(T + 6_000);
  });

  it('never sends a sent entry again, and a late failure cannot requeue it', () => {
    const entries = enqueue(new Set(), statements, T, 0);
    const sent = markSent(entries[0]!, T + 5);
    expect(sent).toMatchObject({ status: 'sent', sentAt: new Date(T + 5).toISOString(), lastError: null });
    expect(markFailed(sent, 'timeout', T + 6)).toBe(sent);
    expect(markSent(sent, T + 9)).toBe(sent);
    const all = [sent, ...entries.slice(1)];
    expect(dueEntries(all, T + 10, 10).map((e) => e.id)).toEqual(entries.slice(1).map((e) => e.id));
    expect(dueEntries(all, T + 10, 1)).toHaveLength(1);
    expect(nextDue([sent])).toBeUndefined();
  });
});
