// First: schemas must be made without eval, which the page's Content-Security-Policy forbids.
import '../platform/zod-without-eval.ts';
import { LrsReadError, readLrsCalls, type LrsQuery } from '../engine/cohort/lrs-pages.ts';
import type { LrsReply } from './read-lrs-in-worker.ts';

const reply = (message: LrsReply) => self.postMessage(message);

/** The Web Worker that reads Frontline's statements from an LRS, page by page (see read-lrs-in-worker.ts); it answers one query. */
self.onmessage = async (event: MessageEvent<LrsQuery>) => {
  try {
    const result = await readLrsCalls(event.data, (url, init) => fetch(url, init), { onProgress: (progress) => reply({ kind: 'progress', progress }) });
    reply({ kind: 'done', result });
  } catch (error) {
    const message = error instanceof LrsReadError ? error.message : `Reading the LRS stopped on an unexpected error (${error instanceof Error ? error.message : String(error)}); nothing is shown.`;
    reply({ kind: 'failed', message });
  }
};
