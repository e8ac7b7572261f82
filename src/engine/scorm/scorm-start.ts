import { z } from 'zod';
import { SUSPEND_DATA_LIMIT } from './suspend-data.ts';

/** The data model elements read once Initialize has succeeded. */
export const SCORM_START_ELEMENTS = { entry: 'cmi.entry', learnerId: 'cmi.learner_id', learnerName: 'cmi.learner_name', suspendData: 'cmi.suspend_data', scaledPassingScore: 'cmi.scaled_passing_score' } as const;

const Decimal = /^-?\d+(\.\d+)?$/;

/** What the LMS says about this launch, checked: its values are untrusted strings (an unset element reads as ""). */
export const ScormStartSchema = z.object({
  entry: z.enum(['ab-initio', 'resume', '']),
  // long_identifier_type: up to 4000 characters.
  learnerId: z.string().max(4000).transform((id) => id.trim()),
  learnerName: z.string().max(250).transform((name) => name.trim()),
  suspendData: z.string().max(SUSPEND_DATA_LIMIT),
  scaledPassingScore: z.union([
    z.literal('').transform(() => undefined),
    z.string().regex(Decimal, 'expected a decimal').transform(Number).pipe(z.number().min(-1).max(1)),
  ]),
});
export type ScormStart = z.infer<typeof ScormStartSchema>;

/** The suspend data to resume from: only when the LMS asks for a resume and kept some. */
export function resumeData(start: ScormStart): string | undefined {
  return start.entry === 'resume' && start.suspendData !== '' ? start.suspendData : undefined;
}

/** SCORM names a learner "Last, First" by convention; the certificate wants "First Last". */
export function displayName(learnerName: string): string {
  const parts = /^([^,]+),\s*([^,]+)$/.exec(learnerName);
  return parts ? `${parts[2]!.trim()} ${parts[1]!.trim()}` : learnerName;
}

/**
 * Who the LMS launched, as suspend data records it: the learner id (cmi.learner_id), or the
 * name with case and spacing ignored when the LMS gives no id. Resume data saved for another
 * learner is refused, so nobody continues someone else's attempt.
 */
export function learnerKey(start: Pick<ScormStart, 'learnerId' | 'learnerName'>): string {
  return start.learnerId !== '' ? `id:${start.learnerId}` : `name:${start.learnerName.replace(/\s+/g, ' ').toLowerCase()}`;
}
