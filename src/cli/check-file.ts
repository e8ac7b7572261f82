import { checkScenario, type ScenarioCheck, type ScenarioReport } from '../engine/check/check-scenario.ts';
import { ChoiceLines } from '../engine/check/choice-lines.ts';
import type { SourceChoice } from '../engine/check/source-scan.ts';
import { InputError } from '../engine/errors.ts';
import { UsageError } from './cli-error.ts';
import { progressPrinter } from './progress.ts';
import { includeReader, readText } from './read-input.ts';
import type { Rubrics } from './rubric-source.ts';

/** A file's text, or the report that says why it cannot be read (so the other files are still checked). */
export function readOrReport(file: string, id: string): { text: string } | { report: ScenarioReport; unreadable: boolean } {
  try {
    return { text: readText(file) };
  } catch (error) {
    if (error instanceof UsageError) {
      return { report: { file, id, ok: false, errors: [{ line: 1, code: 'unreadable', message: error.message.replace(`${file}: `, '') }], warnings: [] }, unreadable: true };
    }
    if (!(error instanceof InputError)) throw error;
    return { report: { file, id, ok: false, errors: [{ line: error.line ?? 1, code: 'bad_text', message: `the file ${error.detail}` }], warnings: [] }, unreadable: false };
  }
}

/** A scenario file checked: what the check command goes on with (the library and track checks), and whether it could be read. */
export interface FileCheck {
  check: Pick<ScenarioCheck, 'report' | 'exploration' | 'rated' | 'gaming' | 'lines' | 'moves'>;
  unreadable: boolean;
}

/** Read and check one scenario file. */
export function checkScenarioFile(file: string, id: string, rubrics: Rubrics, err: (text: string) => void): FileCheck {
  const read = readOrReport(file, id);
  if ('report' in read) return { check: { report: read.report }, unreadable: read.unreadable };
  const { report, exploration, rated, gaming, lines, moves } = checkScenario(file, read.text, {
    rater: rubrics.analyzer,
    rules: rubrics.rules,
    explore: { onProgress: progressPrinter(file, err) },
    include: includeReader(),
  });
  const check: FileCheck['check'] = { report };
  if (exploration) check.exploration = exploration;
  if (rated) check.rated = rated;
  if (gaming) check.gaming = gaming;
  if (lines) check.lines = lines;
  if (moves) check.moves = moves;
  return { check, unreadable: false };
}

/** A file check as it crosses to another thread: structured cloning keeps data, not classes. */
export interface FileCheckMessage {
  check: Omit<FileCheck['check'], 'lines'> & { lines?: readonly SourceChoice[] };
  unreadable: boolean;
}

export function toMessage({ check, unreadable }: FileCheck): FileCheckMessage {
  const { lines, ...rest } = check;
  return { check: lines ? { ...rest, lines: lines.choices } : rest, unreadable };
}

/** The file check a message carries, its classes rebuilt. */
export function fromMessage({ check, unreadable }: FileCheckMessage): FileCheck {
  const { lines, ...rest } = check;
  return { check: lines ? { ...rest, lines: new ChoiceLines(lines) } : rest, unreadable };
}
