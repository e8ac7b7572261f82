import type { ExportDocument } from './export-document.ts';
import type { FileImport } from './import-export-file.ts';

/** An export the trainer loaded, keyed by the hash of its content; `label` tells apart different files with one name. */
export interface LoadedExport {
  hash: string;
  name: string;
  label: string;
  document: ExportDocument;
}

/** A file that could not be loaded, and why. */
export interface ImportProblem {
  file: string;
  message: string;
}

/** What the trainer's results view has loaded: files by content, the last problem of each file name, and warnings about duplicates. */
export interface ImportState {
  loaded: readonly LoadedExport[];
  problems: readonly ImportProblem[];
  duplicates: readonly string[];
}

export const NO_IMPORTS: ImportState = { loaded: [], problems: [], duplicates: [] };

/** The label of a new file: its name, or its name and a number when a different file already has it. */
function labelFor(name: string, loaded: readonly LoadedExport[]): string {
  if (!loaded.some((file) => file.name === name)) return name;
  let n = 2;
  while (loaded.some((file) => file.label === `${name} (${n})`)) n += 1;
  return `${name} (${n})`;
}

/**
 * The state after one more file's import. A file whose content is already loaded is counted once and the
 * trainer is told; a different file with a loaded file's name is loaded beside it under a numbered label,
 * and the trainer is told. A file name's earlier problem gives way to its latest import.
 */
export function withImport(state: ImportState, name: string, result: FileImport): ImportState {
  const problems = state.problems.filter((problem) => problem.file !== name);
  if (!result.ok) return { ...state, problems: [...problems, { file: name, message: result.message }] };
  const same = state.loaded.find((file) => file.hash === result.hash);
  if (same) {
    const warning = same.name === name ? `“${name}” was loaded twice: it is counted once.` : `“${name}” has the same content as “${same.label}”, already loaded: it is counted once.`;
    return { ...state, problems, duplicates: [...state.duplicates, warning] };
  }
  const label = labelFor(name, state.loaded);
  const duplicates = label === name ? state.duplicates : [...state.duplicates, `Two different files are named “${name}”: both are loaded, this one as “${label}”.`];
  return { loaded: [...state.loaded, { hash: result.hash, name, label, document: result.document }], problems, duplicates };
}
