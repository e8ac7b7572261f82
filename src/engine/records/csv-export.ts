import Papa from 'papaparse';
import { z } from 'zod';
import { InputError } from '../errors.ts';
import { lineAt } from '../schema/json-file.ts';
import { OutcomeSchema } from '../schema/tags.ts';
import { CallKindSchema, IsoTimeSchema, ScoresSchema } from './call-record.ts';
import { callsIn } from './calls-in.ts';
import { RecordIdSchema } from './record-id.ts';
import type { StoredRecord } from './stored-record.ts';

/** The CSV columns, in order. */
export const CSV_COLUMNS = [
  'record_id',
  'candidate',
  'kind',
  'track',
  'attempt',
  'scenario',
  'scenario_title',
  'date',
  'duration_ms',
  'outcome',
  'empathy',
  'ownership',
  'expectations',
  'triggers',
  'overall',
  'triggers_used',
  'result',
] as const;
type Column = (typeof CSV_COLUMNS)[number];

const Percent = ScoresSchema.shape.overall;
// Not z.coerce: it would read an empty cell as 0.
const NumberCell = z.string().regex(/^\d+(?:\.\d+)?$/, 'expected a number').transform(Number);
// A rubric the call did not assess is an empty cell.
const RatedCell = z.union([z.literal('').transform(() => null), NumberCell.pipe(Percent)]);

/** One call as a CSV row. */
export const CallRowSchema = z.strictObject({
  record_id: RecordIdSchema,
  candidate: z.string().min(1),
  kind: CallKindSchema,
  track: z.string(),
  attempt: z.string(),
  scenario: z.string().min(1),
  scenario_title: z.string(),
  date: IsoTimeSchema,
  duration_ms: NumberCell.pipe(z.number().int().min(0)),
  outcome: z.union([z.literal(''), OutcomeSchema]),
  empathy: RatedCell,
  ownership: RatedCell,
  expectations: RatedCell,
  triggers: NumberCell.pipe(Percent),
  overall: NumberCell.pipe(Percent),
  triggers_used: z.string().regex(/^(?:[a-z][a-z0-9_]*(?: [a-z][a-z0-9_]*)*)?$/, 'expected trigger ids separated by spaces'),
  result: z.enum(['pass', 'fail', 'practice']),
});
export type CallRow = z.infer<typeof CallRowSchema>;

/** One row per call in the records, attempt calls included, oldest first. */
export function callRows(records: readonly StoredRecord[]): CallRow[] {
  return callsIn(records)
    .sort((a, b) => a.startedAt.localeCompare(b.startedAt) || a.id.localeCompare(b.id))
    .map((call) => ({
      record_id: call.id,
      candidate: call.candidate,
      kind: call.kind,
      track: call.trackId ?? '',
      attempt: call.attemptId ?? '',
      scenario: call.scenarioId,
      scenario_title: call.scenarioTitle,
      date: call.startedAt,
      duration_ms: call.durationMs,
      outcome: call.outcome ?? '',
      ...call.scores,
      triggers_used: call.triggers.join(' '),
      result: call.passed === null ? 'practice' : call.passed ? 'pass' : 'fail',
    }));
}

/** The records' calls as CSV text; cells a spreadsheet would run as a formula are escaped. */
export function exportCsv(records: readonly StoredRecord[]): string {
  const rows = callRows(records).map((row) => CSV_COLUMNS.map((column) => String(row[column] ?? '')));
  return `${Papa.unparse({ fields: [...CSV_COLUMNS], data: rows }, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
}

const FORMULA_ESCAPE = /^'(?=[=+\-@\t\r])/;

/** Parse a CSV export back into rows; errors name the file, the line and the column. */
export function parseCsvExport(text: string, fileName: string): CallRow[] {
  const source = text.replace(/^\uFEFF/, '');
  const rows: CallRow[] = [];
  let header: string[] | undefined;
  let rowStart = 0;
  Papa.parse<string[]>(source, {
    skipEmptyLines: true,
    step(result) {
      const line = lineAt(source, rowStart);
      rowStart = result.meta.cursor;
      const problem = result.errors[0];
      if (problem) throw new InputError(fileName, line, `not valid CSV (${problem.message})`);
      const cells = result.data;
      if (!header) {
        if (cells.join(',') !== CSV_COLUMNS.join(',')) throw new InputError(fileName, line, `not a Frontline CSV export: expected the columns ${CSV_COLUMNS.join(',')}`);
        header = cells;
        return;
      }
      if (cells.length !== CSV_COLUMNS.length) throw new InputError(fileName, line, `expected ${CSV_COLUMNS.length} cells, found ${cells.length}`);
      // exportCsv escapes formula-like text with a leading quote; take it off again.
      const entries = CSV_COLUMNS.map((column, i) => [column, cells[i]!.replace(FORMULA_ESCAPE, '')] as [Column, string]);
      const parsed = CallRowSchema.safeParse(Object.fromEntries(entries));
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new InputError(fileName, line, `${String(issue.path[0])}: ${issue.message}`);
      }
      rows.push(parsed.data);
    },
  });
  if (!header) throw new InputError(fileName, 1, 'not a Frontline CSV export: the file is empty');
  return rows;
}
