import { afterEach, describe, expect, it } from 'vitest';
import { readLrsCalls, type LrsProgress, type LrsReadError } from '../../src/engine/cohort/lrs-pages.ts';
import { NOT_FRONTLINE } from '../../src/engine/cohort/statement-calls.ts';
import { callStatements } from '../../src/engine/xapi/call-statements.ts';
import { basicAuth } from '../../src/platform/lrs-client.ts';
import { freePort } from '../e2e/preview-server.ts';
import { practiceCall, fakeReport, at } from '../engine/records/record-fixtures.ts';
import { startFakeLrs, type FakeLrs, type FakeLrsFaults } from './fake-lrs.ts';

const ctx = { actor: { objectType: 'Agent' as const, name: 'Ann', account: { homePage: 'https://lms.example', name: 'Ann' } }, activityRoot: 'https://training.example/xapi' };
// Ten practice calls of three lines each: 30 answered and 10 completed statements, so each verb takes several pages of three.
const calls = Array.from({ length: 10 }, (_, i) => practiceCall({ endedAt: at(10 + i), report: fakeReport({ triggers: [[], [], []] }) }));
const statements = calls.flatMap((call) => callStatements(call, ['a', 'b', 'c'], ctx));
const foreign = { id: 'c1d2e3f4-0000-4000-8000-000000000001', actor: { mbox: 'mailto:x@example.com' }, verb: { id: 'http://adlnet.gov/expapi/verbs/completed', display: { 'en-US': 'completed' } }, object: { objectType: 'Activity', id: 'https://moodle.example/course/7' }, timestamp: at(3) };

let lrs: FakeLrs | undefined;
afterEach(async () => {
  await lrs?.close();
  lrs = undefined;
});

async function readWith(faults: FakeLrsFaults, held: unknown[] = statements, signal?: AbortSignal) {
  lrs = await startFakeLrs(held, faults);
  const progress: LrsProgress[] = [];
  const result = readLrsCalls({ endpoint: lrs.endpoint, auth: basicAuth('reader', 'secret') }, (url, init) => fetch(url, init), { onProgress: (p) => progress.push(p), ...(signal ? { signal } : {}) });
  return { result, progress };
}

async function failure(run: Promise<unknown>): Promise<LrsReadError> {
  try {
    await run;
  } catch (error) {
    return error as LrsReadError;
  }
  throw new Error('the reading did not fail');
}

describe('reading the cohort from an LRS, page by page', () => {
  it('follows every more link and gives every call, counting a statement that is not Frontline’s', async () => {
    const { result, progress } = await readWith({}, [...statements, foreign]);
    const read = await result;
    expect(read.calls).toHaveLength(10);
    expect(read.skipped).toEqual([{ reason: NOT_FRONTLINE, count: 1, example: foreign.id }]);
    // 10 completed (4 pages of 3), 30 answered (10 pages); passed and failed: one empty page each.
    expect(progress.at(-1)).toEqual({ verb: 'answered', query: 4, queries: 4, pages: 10, statements: 41 });
    expect(lrs!.requests[0]).toContain('verb=http%3A%2F%2Fadlnet.gov%2Fexpapi%2Fverbs%2Fcompleted');
  });

  it('reports wrong credentials in words', async () => {
    for (const status of [401, 403]) {
      const error = await failure((await readWith({ status })).result);
      expect(error.kind).toBe('credentials');
      expect(error.message).toMatch(new RegExp(`^The LRS refused the key and secret \\(${status}.*Check them, and that this client may read statements\\.$`));
      await lrs!.close();
    }
  });

  it('stops at a 500 midway, saying which page, and gives nothing partial', async () => {
    const { result, progress } = await readWith({ failPage: 3 });
    const error = await failure(result);
    expect(error.kind).toBe('server');
    expect(error.message).toBe('The LRS failed while giving page 3 of the “completed” statements (500 Internal Server Error). Nothing is shown, since the cohort would be incomplete; try again later.');
    expect(progress).toHaveLength(2);
  });

  it('stops at a page that is not a statement result', async () => {
    const error = await failure((await readWith({ malformedPage: 2 })).result);
    expect(error.kind).toBe('malformed');
    expect(error.message).toBe('The LRS’s answer for page 2 of the “completed” statements is not an xAPI statement result: it is not JSON. Nothing is shown, since the cohort would be incomplete.');
  });

  it('stops at a more link that loops instead of reading forever', async () => {
    const error = await failure((await readWith({ loopPage: 2 })).result);
    expect(error.kind).toBe('loop');
    expect(error.message).toMatch(/^The LRS’s “more” link after page 2 of the “completed” statements leads back to a page already read \(http:\/\/127\.0\.0\.1:\d+\/xAPI\/statements\?verb=.*\)\. Reading stopped so that nothing is counted twice; nothing is shown\.$/);
  });

  it('says so when the LRS cannot be reached, and when the reading is cancelled', async () => {
    const port = await freePort();
    const unreachable = await failure(readLrsCalls({ endpoint: `http://127.0.0.1:${port}/xAPI/`, auth: 'Basic eDp5' }, (url, init) => fetch(url, init)));
    expect(unreachable.kind).toBe('unreachable');
    expect(unreachable.message).toMatch(/^The LRS could not be reached for page 1 of the “completed” statements \(.+\)\. Check the address, the network, and that the LRS lets this page read it \(CORS\)\.$/);
    const controller = new AbortController();
    lrs = await startFakeLrs(statements);
    const cancelled = await failure(readLrsCalls({ endpoint: lrs.endpoint, auth: 'Basic eDp5' }, (url, init) => fetch(url, init), { signal: controller.signal, onProgress: (p) => p.pages === 2 && controller.abort() }));
    expect(cancelled).toMatchObject({ kind: 'cancelled', message: 'Reading the LRS was cancelled; nothing is shown.' });
  });
});
