// First: schemas must be made without eval, which the page's Content-Security-Policy forbids.
import '../platform/zod-without-eval.ts';
import { studioCheck, type StudioCheckReply, type StudioCheckRequest } from '../engine/studio/studio-check.ts';
import { loadRubrics } from '../platform/rubric-data-source.ts';

const reply = (message: StudioCheckReply) => self.postMessage(message);
const rubrics = loadRubrics();

/**
 * The Web Worker that runs `frontline check` on the studio's text (see check-client.ts). A run
 * goes to its end: the page drops a stale worker and starts another rather than wait for it.
 */
self.onmessage = (event: MessageEvent<StudioCheckRequest>) => {
  const request = event.data;
  try {
    const result = studioCheck(
      request,
      { rater: rubrics.analyzer, rules: rubrics.rules },
      {
        onSourceChecked: (diagnostics, elapsedMs) => reply({ kind: 'source', run: request.run, diagnostics, elapsedMs }),
        onProgress: (progress) => reply({ kind: 'progress', run: request.run, progress }),
      },
    );
    reply({ kind: 'done', run: request.run, result });
  } catch (error) {
    reply({ kind: 'failed', run: request.run, message: error instanceof Error ? error.message : String(error) });
  }
};
