// A worker thread of `frontline check`: checks the scenario files it is sent, one at a time.
import { parentPort, workerData } from 'node:worker_threads';
import { checkScenarioFile, toMessage } from './check-file.ts';
import { rubricsFrom, type RubricSource } from './rubric-source.ts';

/** What the check command sends a worker, and what the worker answers. */
export type ToWorker = { file: string; id: string };
export type FromWorker =
  | { kind: 'done'; file: string; message: ReturnType<typeof toMessage> }
  | { kind: 'progress'; text: string }
  | { kind: 'failed'; file: string; error: string };

const port = parentPort!;
// The rubric data comes validated from the main thread: no second read and schema check per thread.
const rubrics = rubricsFrom((workerData as { rubrics: RubricSource }).rubrics);
const post = (answer: FromWorker) => port.postMessage(answer);
port.on('message', ({ file, id }: ToWorker) => {
  try {
    const checked = checkScenarioFile(file, id, rubrics, (text) => post({ kind: 'progress', text }));
    post({ kind: 'done', file, message: toMessage(checked) });
  } catch (error) {
    post({ kind: 'failed', file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
