// First: schemas must be made without eval, which the page's Content-Security-Policy forbids.
import '../platform/zod-without-eval.ts';
import { importExportFile, type ImportProgress } from '../engine/records/import-export-file.ts';
import type { ImportReply } from './import-in-worker.ts';

const reply = (message: ImportReply) => self.postMessage(message);

/** The Web Worker that imports one export file (see import-in-worker.ts); it answers each File it is sent. */
self.onmessage = async (event: MessageEvent<File>) => {
  const file = event.data;
  let shown = '';
  // One message per step and per whole per cent of records is enough for a progress bar.
  const progress = (p: ImportProgress) => {
    const key = `${p.step}:${p.total === 0 ? 0 : Math.floor((p.done * 100) / p.total)}`;
    if (key === shown) return;
    shown = key;
    reply({ kind: 'progress', progress: p });
  };
  try {
    progress({ step: 'reading', done: 0, total: 0 });
    const bytes = new Uint8Array(await file.arrayBuffer());
    reply({ kind: 'done', result: importExportFile(file.name, bytes, progress) });
  } catch (error) {
    reply({ kind: 'done', result: { ok: false, message: `it could not be read (${error instanceof Error ? error.message : String(error)})` } });
  }
};
