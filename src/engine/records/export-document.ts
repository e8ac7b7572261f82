import { z } from 'zod';
import { InputError } from '../errors.ts';
import { formatPath, parseJsonText, schemaError } from '../schema/json-file.ts';
import { IsoTimeSchema } from './call-record.ts';
import { TraineeIdSchema } from '../trainee/trainee.ts';
import { checkTraineeId, RECORD_FORMATS, RECORD_VERSION, RecordVersionSchema, formatProblem, problemText } from './record-format.ts';
import { StoredRecordSchema, verifyRecordId, type StoredRecord } from './stored-record.ts';

/** A trainee's records as one JSON file, for a trainer to import. */
export const ExportDocumentSchema = z
  .strictObject({
    format: z.literal(RECORD_FORMATS.export),
    version: RecordVersionSchema,
    exportedAt: IsoTimeSchema,
    traineeId: TraineeIdSchema.optional().meta({ description: 'The stable id of the browser the records come from (from version 2).' }),
    candidate: z.string().regex(/\S/, 'expected a name'),
    records: z.array(StoredRecordSchema),
  })
  .superRefine((document, ctx) => checkTraineeId(document, (message) => ctx.addIssue({ code: 'custom', path: ['traineeId'], message })));
export type ExportDocument = z.infer<typeof ExportDocumentSchema>;

/** The export document of a trainee's records. */
export function makeExport(options: { traineeId: string; candidate: string; records: readonly StoredRecord[]; now: string }): ExportDocument {
  return ExportDocumentSchema.parse({
    format: RECORD_FORMATS.export,
    version: RECORD_VERSION,
    exportedAt: options.now,
    traineeId: options.traineeId,
    candidate: options.candidate.trim(),
    records: options.records,
  });
}

/** The export document as the text of a .json file. */
export function exportJson(document: ExportDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

/** Parse and check an export file; errors name the file, the line and what is wrong. `onRecord` follows the slowest step, checking each record's id. */
export function parseExport(text: string, fileName: string, onRecord?: (done: number, total: number) => void): ExportDocument {
  const { json, locate } = parseJsonText(text, fileName);
  const problem = formatProblem(json, [RECORD_FORMATS.export]);
  if (problem) throw new InputError(fileName, locate(['version']) ?? 1, `not a Frontline export: ${problemText(problem)}`);
  const records: unknown = (json as { records?: unknown }).records;
  // A record of another version would otherwise fail on an obscure field; say what it is instead.
  if (Array.isArray(records)) {
    records.forEach((record, i) => {
      const wrong = formatProblem(record, [RECORD_FORMATS.call, RECORD_FORMATS.attempt]);
      if (wrong) throw new InputError(fileName, locate(['records', i]), `${formatPath(['records', i])}: ${problemText(wrong)}`);
    });
  }
  const parsed = ExportDocumentSchema.safeParse(json);
  if (!parsed.success) throw schemaError(fileName, parsed.error.issues, locate, 'export');
  const total = parsed.data.records.length;
  parsed.data.records.forEach((record, i) => {
    onRecord?.(i, total);
    if (!verifyRecordId(record)) {
      throw new InputError(fileName, locate(['records', i]), `${formatPath(['records', i])}: its id does not match its content: it was edited or damaged`);
    }
  });
  onRecord?.(total, total);
  return parsed.data;
}
