import { InputError } from '../errors.ts';
import { parseExport, type ExportDocument } from './export-document.ts';

/** A file that could not be imported, and why. */
export interface ImportProblem {
  file: string;
  message: string;
}

/** Parse several export files; a bad one is reported by name and the rest still load. */
export function importExports(files: readonly { name: string; text: string }[]): { exports: ExportDocument[]; problems: ImportProblem[] } {
  const exports: ExportDocument[] = [];
  const problems: ImportProblem[] = [];
  for (const file of files) {
    try {
      exports.push(parseExport(file.text, file.name));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      problems.push({ file: file.name, message: error.line === undefined ? error.detail : `line ${error.line}: ${error.detail}` });
    }
  }
  return { exports, problems };
}
