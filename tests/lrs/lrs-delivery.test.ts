import 'fake-indexeddb/auto';
import XAPI from '@xapi/xapi';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { finishAttempt } from '../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../src/engine/certification/record-call.ts';
import type { AttemptRecord } from '../../src/engine/records/attempt-record.ts';
import type { CallReport } from '../../src/engine/scoring/call-report.ts';
import { callStatements, type StatementContext } from '../../src/engine/xapi/call-statements.ts';
import { VERBS, extensionIris } from '../../src/engine/xapi/xapi-iris.ts';
import { XapiStatementSchema, type XapiStatement } from '../../src/engine/xapi/xapi-statement.ts';
import { basicAuth, lrsSender } from '../../src/platform/lrs-client.ts';
import { startOutboxRunner, type OutboxRunner } from '../../src/platform/outbox-runner.ts';
import { OutboxStore } from '../../src/platform/outbox-store.ts';
import { details, fakeReport, testAttempt } from '../engine/records/record-fixtures.ts';
import { xapiWarnings } from '../engine/xapi/xapi-validate.ts';
import { freePort } from '../e2e/preview-server.ts';
import { startCountingProxy, startLrs, type CountingProxy, type LocalLrs } from './local-lrs.ts';

const ROOT = 'https://frontline.example/xapi';
const ctx: StatementContext = { actor: { objectType: 'Agent', name: 'Ann Example', account: { homePage: 'https://lms.example', name: 'ann' } }, activityRoot: ROOT, registration: '0b7c9d2e-3f4a-4b5c-8d6e-7f8091a2b3c4' };
const auth = basicAuth('frontline', 'secret');

let lrsPort: number;
let lrs: LocalLrs | undefined;
let proxy: CountingProxy;

beforeAll(async () => {
  lrsPort = await freePort();
  // The proxy forwards to a port where no LRS listens yet: the run starts before the LRS is up.
  proxy = await startCountingProxy(() => `http://127.0.0.1:${lrsPort}`);
});

afterAll(async () => {
  await proxy?.close();
  await lrs?.stop();
});

/** The candidate plays the attempt's next call; its statements go to the outbox. */
async function playCall(attempt: AttemptRecord, report: CallReport, title: string, minute: number, store: OutboxStore, now: number): Promise<AttemptRecord> {
  const next = recordCall(attempt, report, details(title, minute));
  await store.add(callStatements(next.calls.at(-1)!, report.choices.map((c) => c.text), ctx, next.trackName), now);
  return next;
}

describe('xAPI delivery to a real LRS (xapi-statements) through the durable outbox', () => {
  it('delivers a certification run exactly once although the LRS is down at the start and unreachable mid-run, across an outbox restart', async () => {
    let now = Date.parse('2025-03-01T09:00:00.000Z');
    const dbName = 'lrs-delivery';
    const send = lrsSender({ endpoint: proxy.endpoint, auth });
    const backoff = { baseMs: 1_000, maxMs: 4_000 };
    const runnerFor = (store: OutboxStore): OutboxRunner => startOutboxRunner({ store, sender: () => send, now: () => now, backoff, batchSize: 3 });

    // Call 1 ends before the LRS is up: the statements stay queued and the error is kept.
    let store = await OutboxStore.open(dbName);
    let runner = runnerFor(store);
    let attempt = await playCall(testAttempt(), fakeReport({ triggers: [['minor_slip'], []] }), 'Alpha Call', 10, store, now);
    await runner.flush();
    expect(await store.summary()).toMatchObject({ queued: 4, sent: 0, lastError: { message: expect.stringMatching(/LRS/) } });
    expect(proxy.refused).toBe(1);

    // The tab closes; the LRS comes up; a new tab resumes the queue once the back-off has passed.
    runner.stop();
    store.close();
    lrs = await startLrs(lrsPort);
    store = await OutboxStore.open(dbName);
    runner = runnerFor(store);
    now += 1_000;
    await runner.flush();
    expect(await store.summary()).toEqual({ queued: 0, sent: 4, lastError: null });

    // Call 2 ends while the network is down: queued again, then delivered when it is back.
    proxy.down = true;
    attempt = await playCall(attempt, fakeReport({ scores: { empathy: 20, overall: 50 } }), 'Beta Call', 20, store, now);
    attempt = finishAttempt(attempt, details('', 30).endedAt);
    expect(attempt.status).toBe('failed');
    await runner.flush();
    expect(await store.summary()).toMatchObject({ queued: 4, sent: 4 });
    proxy.down = false;
    now += 1_000;
    await runner.flush();
    // A repeated flush and a repeated queueing of the same statements send nothing more.
    await store.add(attempt.calls.flatMap((call) => callStatements(call, ['line 0', 'line 1'], ctx, attempt.trackName)), now);
    now += 10_000;
    await runner.flush();
    runner.stop();
    expect(await store.summary()).toEqual({ queued: 0, sent: 8, lastError: null });
    store.close();

    const expected = attempt.calls.flatMap((call) => callStatements(call, ['line 0', 'line 1'], ctx, attempt.trackName));
    expect([...proxy.accepted.keys()].sort()).toEqual(expected.map((s) => s.id).sort());
    expect([...proxy.accepted.values()].every((n) => n === 1)).toBe(true);

    // Read every statement back from the LRS itself and compare with what was built.
    const reader = new XAPI({ endpoint: lrs.endpoint, auth, adapter: 'fetch' });
    const found = (await reader.getStatements({ registration: ctx.registration!, limit: 100 })).data as { statements: unknown[] };
    const stored = new Map(found.statements.map((raw) => {
      const s = XapiStatementSchema.parse(raw) as XapiStatement;
      return [s.id, s] as const;
    }));
    expect(stored.size).toBe(8);
    const ext = extensionIris(ROOT);
    for (const sent of expected) {
      const back = stored.get(sent.id)!;
      expect(xapiWarnings(back)).toEqual([]);
      expect(back.verb.id).toBe(sent.verb.id);
      expect(back.object.id).toBe(sent.object.id);
      expect(back.result).toEqual(sent.result);
      expect(back.context?.registration).toBe(ctx.registration);
    }
    const verdicts = [...stored.values()].filter((s) => s.verb.id === VERBS.passed.id || s.verb.id === VERBS.failed.id);
    expect(verdicts.map((s) => [s.object.id.split('/').at(-1), s.verb.id, s.result?.score?.scaled, s.result?.success]).sort()).toEqual([
      ['alpha', VERBS.passed.id, 0.888, true],
      ['beta', VERBS.failed.id, 0.5, false],
    ]);
    const answered = [...stored.values()].filter((s) => s.verb.id === VERBS.answered.id && s.object.id.endsWith('alpha/choices/1'));
    expect(answered[0]?.result?.extensions?.[ext.triggerIds]).toEqual(['minor_slip']);
  });
});
