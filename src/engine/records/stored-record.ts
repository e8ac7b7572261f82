import { z } from 'zod';
import { AttemptRecordSchema, type AttemptRecord } from './attempt-record.ts';
import { CallRecordSchema, type CallRecord } from './call-record.ts';
import { recordId } from './record-id.ts';

/** Anything Frontline stores or exports as a record: a call or a certification attempt. */
export const StoredRecordSchema = z.discriminatedUnion('format', [CallRecordSchema, AttemptRecordSchema]);
export type StoredRecord = z.infer<typeof StoredRecordSchema>;

/** The id a call record should carry: derived from everything else in it. */
export function callRecordId(record: CallRecord): string {
  const { id: _id, ...content } = record;
  return recordId(content);
}

/** The content id a finished attempt should carry: derived from everything else in it, calls and frozen rules included. */
export function attemptContentId(attempt: AttemptRecord): string {
  const { contentId: _contentId, ...content } = attempt;
  return recordId(content);
}

/** Whether a record's ids match its content; an attempt in progress has no content id yet, so only its calls are checked. */
export function verifyRecordId(record: StoredRecord): boolean {
  if (record.format === 'frontline.call-record') return record.id === callRecordId(record);
  if (!record.calls.every((call) => call.id === callRecordId(call))) return false;
  return record.contentId === null || record.contentId === attemptContentId(record);
}
