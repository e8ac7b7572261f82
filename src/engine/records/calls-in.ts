import type { CallRecord } from './call-record.ts';
import type { StoredRecord } from './stored-record.ts';

/** Every call in a set of records, those inside attempts included, each once: equal ids mean equal content. */
export function callsIn(records: readonly StoredRecord[]): CallRecord[] {
  const calls = new Map<string, CallRecord>();
  for (const record of records) {
    for (const call of record.format === 'frontline.attempt' ? record.calls : [record]) if (!calls.has(call.id)) calls.set(call.id, call);
  }
  return [...calls.values()];
}
