import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { callStatements } from '../../src/engine/xapi/call-statements.ts';
import type { XapiStatement } from '../../src/engine/xapi/xapi-statement.ts';
import type { StatementSender } from '../../src/platform/lrs-client.ts';
import { startOutboxRunner } from '../../src/platform/outbox-runner.ts';
import { OutboxStore } from '../../src/platform/outbox-store.ts';
import { practiceCall } from '../engine/records/record-fixtures.ts';

let dbCount = 0;
const freshName = () => `outbox-test-${++dbCount}`;
const statements = callStatements(practiceCall(), ['a', 'b'], { actor: { name: 'Ann', mbox: 'mailto:ann@example.com' }, activityRoot: 'https://frontline.example/xapi' });
const T = Date.parse('2025-03-01T09:00:00.000Z');

/** A sender that fails while `down` is set and records every statement it delivered. */
function fakeLrs() {
  const delivered: XapiStatement[] = [];
  const lrs = { down: false, delivered, posts: 0, send: (async (batch) => {
    lrs.posts++;
    if (lrs.down) throw new Error('the LRS refused the statements or could not be reached: connect ECONNREFUSED');
    delivered.push(...batch);
    return batch.map((s) => s.id);
  }) as StatementSender };
  return lrs;
}

describe('OutboxStore and runner (IndexedDB)', () => {
  it('keeps the queue across a restart, delivers each statement once, and never requeues a sent id', async () => {
    const name = freshName();
    let now = T;
    const first = await OutboxStore.open(name);
    expect(await first.add(statements, now)).toBe(3);
    expect(await first.add(statements, now)).toBe(0);
    first.close();

    const store = await OutboxStore.open(name);
    expect(await store.summary()).toEqual({ queued: 3, sent: 0, lastError: null });
    const lrs = fakeLrs();
    const runner = startOutboxRunner({ store, sender: () => lrs.send, now: () => now, batchSize: 2 });
    await Promise.all([runner.flush(), runner.flush()]);
    runner.stop();
    expect(lrs.delivered.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(await store.add(statements, now)).toBe(0);
    expect(await store.summary()).toEqual({ queued: 0, sent: 3, lastError: null });
    store.close();
  });

  it('keeps statements queued while the LRS is down, shows the last error, and retries after the back-off', async () => {
    let now = T;
    const store = await OutboxStore.open(freshName());
    const lrs = fakeLrs();
    const runner = startOutboxRunner({ store, sender: () => lrs.send, now: () => now, backoff: { baseMs: 1_000, maxMs: 8_000 }, batchSize: 2 });
    await store.add(statements, now);
    lrs.down = true;
    await runner.flush();
    // One refused POST pauses the whole queue: the second batch does not hit the dead LRS too.
    expect(lrs.posts).toBe(1);
    const summary = await store.summary();
    expect(summary).toMatchObject({ queued: 3, sent: 0, lastError: { message: expect.stringMatching(/ECONNREFUSED/), at: new Date(T).toISOString() } });
    lrs.down = false;
    now = T + 999;
    await runner.flush();
    expect(lrs.delivered).toEqual([]);
    now = T + 1_000;
    await runner.flush();
    runner.stop();
    expect(lrs.delivered.map((s) => s.id)).toEqual(statements.map((s) => s.id));
    expect(await store.summary()).toEqual({ queued: 0, sent: 3, lastError: null });
    store.close();
  });

  it('sends everything queued at once when asked to retry now, back-off or not', async () => {
    const store = await OutboxStore.open(freshName());
    const lrs = fakeLrs();
    const runner = startOutboxRunner({ store, sender: () => lrs.send, now: () => T });
    await store.add(statements, T);
    lrs.down = true;
    await runner.flush();
    lrs.down = false;
    await runner.flush();
    expect(lrs.delivered).toEqual([]);
    await runner.flush(true);
    runner.stop();
    expect(lrs.delivered).toHaveLength(3);
    store.close();
  });

  it('holds the queue while no LRS is configured', async () => {
    const store = await OutboxStore.open(freshName());
    await store.add(statements, T);
    const runner = startOutboxRunner({ store, sender: () => undefined, now: () => T });
    await runner.flush();
    runner.stop();
    expect(await store.summary()).toMatchObject({ queued: 3, sent: 0 });
    store.close();
  });
});
