import type { CallRecord } from '../records/call-record.ts';
import type { ExportDocument } from '../records/export-document.ts';
import { normaliseName } from '../trainee/trainee.ts';

/** One trainee's practice calls among several trainees' exports. */
export interface TraineeCalls {
  /** the trainee id, or `name:` and the normalised name for records made before ids */
  key: string;
  /** the name on their latest call */
  name: string;
  calls: CallRecord[];
}

/**
 * The practice calls of several exports, grouped by trainee as the results view groups them (the
 * record's trainee id, else its export's, else the name), each call once however often exported.
 */
export function practiceCallsByTrainee(exports: readonly ExportDocument[]): TraineeCalls[] {
  const seen = new Set<string>();
  const byKey = new Map<string, TraineeCalls>();
  for (const exported of exports) {
    for (const record of exported.records) {
      if (record.format !== 'frontline.call-record' || record.kind !== 'practice' || seen.has(record.id)) continue;
      seen.add(record.id);
      const key = record.traineeId ?? exported.traineeId ?? `name:${normaliseName(record.candidate)}`;
      const trainee = byKey.get(key) ?? { key, name: record.candidate, calls: [] };
      trainee.calls.push(record);
      if (trainee.calls.every((c) => c.endedAt <= record.endedAt)) trainee.name = record.candidate;
      byKey.set(key, trainee);
    }
  }
  return [...byKey.values()].sort((a, b) => a.name.localeCompare(b.name) || a.key.localeCompare(b.key));
}
