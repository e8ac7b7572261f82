import type { LrsProgress, LrsQuery } from '../engine/cohort/lrs-pages.ts';
import type { StatementCalls } from '../engine/cohort/statement-calls.ts';

/** What the LRS worker sends back: progress page by page, then the calls or why there are none. */
export type LrsReply = { kind: 'progress'; progress: LrsProgress } | { kind: 'done'; result: StatementCalls } | { kind: 'failed'; message: string };

/** The outcome of a reading: the calls, or a message in words (a failure or a cancel); never a partial cohort. */
export type LrsReading = { ok: true; result: StatementCalls } | { ok: false; message: string };

/**
 * Read an LRS in a Web Worker, so that 100,000 statements never freeze the page. `cancel` stops the worker at once: what it had read
 * is dropped. Resolves, never rejects.
 */
export function readLrsInWorker(query: LrsQuery, onProgress: (progress: LrsProgress) => void): { done: Promise<LrsReading>; cancel(): void } {
  let finish: (reading: LrsReading) => void = () => {};
  const done = new Promise<LrsReading>((resolve) => (finish = resolve));
  let worker: Worker | undefined;
  const end = (reading: LrsReading) => {
    worker?.terminate();
    finish(reading);
  };
  try {
    worker = new Worker(new URL('./lrs-cohort-worker.ts', import.meta.url), { type: 'module', name: 'frontline-lrs' });
    worker.onmessage = (event: MessageEvent<LrsReply>) => {
      const message = event.data;
      if (message.kind === 'progress') onProgress(message.progress);
      else end(message.kind === 'done' ? { ok: true, result: message.result } : { ok: false, message: message.message });
    };
    worker.onerror = (event) => {
      event.preventDefault();
      end({ ok: false, message: `The LRS reader stopped (${event.message || 'the browser gave no reason; it may have run out of memory'}); nothing is shown.` });
    };
    worker.postMessage(query);
  } catch (error) {
    end({ ok: false, message: `This browser would not start the LRS reader (${error instanceof Error ? error.message : String(error)}).` });
  }
  return { done, cancel: () => end({ ok: false, message: 'Reading the LRS was cancelled; nothing is shown.' }) };
}
