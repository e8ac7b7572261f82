// A worker thread of `frontline check`: checks the scenario files it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import { checkScenarioFile, toMessage } from './check-file.ts';
import { rubricsFrom, type Rubrics, type RubricSource } from './rubric-source.ts';

/** A scenario file to check. */
export type CheckJob = { file: string; id: string };
/** What the check command sends a worker (the rubric data first), and what the worker answers. */
export type ToWorker = { kind: 'rubrics'; rubrics: RubricSource } | ({ kind: 'check' } & CheckJob);
export type FromWorker =
  | { kind: 'done'; file: string; message: ReturnType<typeof toMessage> }
  | { kind: 'progress'; text: string }
  | { kind: 'failed'; file: string; error: string };

const port = parentPort!;
let rubrics: Rubrics | undefined;
const post = (answer: FromWorker) => port.postMessage(answer);
port.on('message', (message: ToWorker) => {
  // The rubric data comes validated from the main thread: no second read and schema check per thread.
  if (message.kind === 'rubrics') {
    rubrics = rubricsFrom(message.rubrics);
    return;
  }
  const { file, id } = message;
  try {
    if (!rubrics) throw new Error('no rubric data was sent before the first file');
    const checked = checkScenarioFile(file, id, rubrics, (text) => post({ kind: 'progress', text }));
    post({ kind: 'done', file, message: toMessage(checked) });
  } catch (error) {
    post({ kind: 'failed', file, error: error instanceof Error ? (error.stack ?? error.message) : String(error) });
  }
});
