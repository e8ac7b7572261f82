import { damageOf } from '../schema/issue-words.ts';
import { RECORD_FORMATS, formatProblem } from './record-format.ts';
import { StoredRecordSchema, verifyRecordId, type StoredRecord } from './stored-record.ts';

/** A stored value that could not be used, where it was in the input, and why: in words, and in detail for a trainer. */
export interface QuarantinedRecord {
  index: number;
  raw: unknown;
  reason: string;
  detail?: string;
}

type ReadResult = { ok: true; record: StoredRecord } | { ok: false; reason: string; detail?: string };

const RECORD_KINDS: readonly string[] = [RECORD_FORMATS.call, RECORD_FORMATS.attempt];

/** One stored value as a record of one of these formats (by default, any record), or the reason it cannot be one. */
export function readRecord(raw: unknown, formats: readonly string[] = RECORD_KINDS): ReadResult {
  const problem = formatProblem(raw, formats);
  if (problem) return { ok: false, ...problem };
  const parsed = StoredRecordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, ...damageOf(parsed.error.issues) };
  if (!verifyRecordId(parsed.data)) return { ok: false, reason: 'its id does not match its content: it was edited or damaged' };
  return { ok: true, record: parsed.data };
}

/** Check every stored value; the unusable ones are returned with their reasons, never dropped, and never affect the others. */
export function readRecords(rawValues: readonly unknown[], formats: readonly string[] = RECORD_KINDS): { records: StoredRecord[]; quarantined: QuarantinedRecord[] } {
  const records: StoredRecord[] = [];
  const quarantined: QuarantinedRecord[] = [];
  rawValues.forEach((raw, index) => {
    let result: ReadResult;
    try {
      result = readRecord(raw, formats);
    } catch (error) {
      // Stored values come from outside this build (another tab, another version, a hand edit): even a throwing getter must stay contained.
      result = { ok: false, reason: `it could not be read (${error instanceof Error ? error.message : String(error)})` };
    }
    if (result.ok) records.push(result.record);
    else quarantined.push({ index, raw, reason: result.reason, ...(result.detail === undefined ? {} : { detail: result.detail }) });
  });
  return { records, quarantined };
}
