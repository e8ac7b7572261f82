import type { FileImport, ImportProgress } from '../engine/records/import-export-file.ts';

/** What the import worker sends back: progress while it works, then the file's result. */
export type ImportReply = { kind: 'progress'; progress: ImportProgress } | { kind: 'done'; result: FileImport };

/**
 * Read, parse and check one export file in a Web Worker, so that a huge file never freezes the page and a
 * file that crashes the worker is reported like any other bad file. Resolves, never rejects.
 */
export function importInWorker(file: File, onProgress: (progress: ImportProgress) => void): Promise<FileImport> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./import-worker.ts', import.meta.url), { type: 'module', name: 'frontline-import' });
    } catch (error) {
      resolve({ ok: false, message: `this browser would not start the importer (${error instanceof Error ? error.message : String(error)})` });
      return;
    }
    const finish = (result: FileImport) => {
      worker.terminate();
      resolve(result);
    };
    worker.onmessage = (event: MessageEvent<ImportReply>) => {
      if (event.data.kind === 'progress') onProgress(event.data.progress);
      else finish(event.data.result);
    };
    worker.onerror = (event) => {
      // Handled here, in words, instead of as an uncaught error in the console.
      event.preventDefault();
      finish({ ok: false, message: `the importer stopped while reading it (${event.message || 'the browser gave no reason; it may have run out of memory'})` });
    };
    worker.onmessageerror = () => finish({ ok: false, message: 'the importer’s answer could not be read' });
    worker.postMessage(file);
  });
}
