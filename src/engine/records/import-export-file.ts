import { InputError } from '../errors.ts';
import { contentHash } from '../hash.ts';
import { parseExport, type ExportDocument } from './export-document.ts';

/**
 * The largest export file the trainer's results view reads. A trainee's real export is a few megabytes;
 * 100,000 calls are about 120 MB. Past this, reading the file alone could exhaust the browser's memory.
 */
export const EXPORT_MAX_BYTES = 200 * 1024 * 1024;

/** Where one file's import has got to, for a progress bar; `total` is 0 while a step cannot count its work. */
export interface ImportProgress {
  step: 'reading' | 'fingerprinting' | 'parsing' | 'checking records';
  done: number;
  total: number;
}

/** One file's import: its document and the hash of its content, or why it could not be loaded, in words. */
export type FileImport = { ok: true; document: ExportDocument; hash: string } | { ok: false; message: string };

const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

/** Why a file of this many bytes is refused unread; undefined when it may be read. */
export function exportSizeProblem(bytes: number): string | undefined {
  if (bytes === 0) return 'the file is empty';
  if (bytes <= EXPORT_MAX_BYTES) return undefined;
  return `the file is ${megabytes(bytes)}; the largest export this view reads is ${megabytes(EXPORT_MAX_BYTES)} (100,000 calls are about 120 MB), so it is not a trainee's export or it is damaged`;
}

/** The problem with a file in words, whatever was thrown: a file must never stop the others or the view. */
function problemText(error: unknown): string {
  if (error instanceof InputError) return error.line === undefined ? error.detail : `line ${error.line}: ${error.detail}`;
  if (error instanceof RangeError) return `it is too large or too deeply nested to read (${error.message})`;
  return `it could not be read (${error instanceof Error ? error.message : String(error)})`;
}

/** Import one export file's bytes: size, encoding, depth, syntax, schema and record ids are checked; every failure is returned in words, never thrown. */
export function importExportFile(name: string, bytes: Uint8Array, onProgress: (progress: ImportProgress) => void = () => {}): FileImport {
  try {
    const tooBig = exportSizeProblem(bytes.byteLength);
    if (tooBig) return { ok: false, message: tooBig };
    onProgress({ step: 'reading', done: 0, total: 0 });
    let text: string;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { ok: false, message: 'it is not UTF-8 text, so it is not a Frontline export (those are JSON files saved from “Your history”)' };
    }
    onProgress({ step: 'fingerprinting', done: 0, total: 0 });
    const hash = contentHash(text);
    onProgress({ step: 'parsing', done: 0, total: 0 });
    const document = parseExport(text, name, (done, total) => onProgress({ step: 'checking records', done, total }));
    return { ok: true, document, hash };
  } catch (error) {
    return { ok: false, message: problemText(error) };
  }
}
