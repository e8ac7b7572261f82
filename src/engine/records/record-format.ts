import { z } from 'zod';

/**
 * The record format version this build writes. Version 2 added the trainee id (`traineeId`) to call, attempt and export records.
 * Version 1 records are still read, unchanged: their ids are hashes of their content, so adding the field would break the record
 * id on a certificate. They are keyed by the id of the export that carries them, else by their normalised name.
 */
export const RECORD_VERSION = 2;

/** Every record format version this build reads. */
export const READABLE_VERSIONS = [1, 2] as const;
export type RecordVersion = (typeof READABLE_VERSIONS)[number];

/** A record's version: any readable one. */
export const RecordVersionSchema = z.union(READABLE_VERSIONS.map((version) => z.literal(version)));

/** The `format` tag of each stored or exported shape. */
export const RECORD_FORMATS = {
  call: 'frontline.call-record',
  attempt: 'frontline.attempt',
  export: 'frontline.export',
} as const;

/** Why a value is not a Frontline record of one of these formats at a readable version, in words and in detail; undefined when it is. */
export function formatProblem(raw: unknown, formats: readonly string[]): { reason: string; detail?: string } | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { reason: 'it is not a Frontline record' };
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (typeof format !== 'string' || !formats.includes(format)) {
    return { reason: 'it is not a Frontline record of this kind', detail: `format ${JSON.stringify(format) ?? 'missing'}; expected ${formats.join(' or ')}` };
  }
  if (!(READABLE_VERSIONS as readonly unknown[]).includes(version)) {
    const newer = typeof version === 'number' && version > RECORD_VERSION;
    return { reason: `it was written by ${newer ? 'a newer' : 'an unknown'} version of Frontline`, detail: `${format} version ${JSON.stringify(version) ?? 'missing'}; this build reads versions ${READABLE_VERSIONS.join(' and ')}` };
  }
  return undefined;
}

/** A format problem in one line, for a trainer reading an import error. */
export function problemText(problem: { reason: string; detail?: string }): string {
  return problem.detail === undefined ? problem.reason : `${problem.reason} (${problem.detail})`;
}

/** Check the trainee id against the version: required from version 2 on, absent before (version 1 had none). */
export function checkTraineeId(record: { version: RecordVersion; traineeId?: string | undefined }, report: (message: string) => void): void {
  if (record.version >= 2 && record.traineeId === undefined) report(`a version ${record.version} record names its trainee id`);
  if (record.version === 1 && record.traineeId !== undefined) report('a version 1 record has no trainee id');
}
