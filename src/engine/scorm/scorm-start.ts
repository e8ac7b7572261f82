import { z } from 'zod';
import { SUSPEND_DATA_LIMIT } from './suspend-data.ts';

/** The data model elements read once Initialize has succeeded. */
export const SCORM_START_ELEMENTS = { entry: 'cmi.entry', learnerName: 'cmi.learner_name', suspendData: 'cmi.suspend_data', scaledPassingScore: 'cmi.scaled_passing_score' } as const;

const Decimal = /^-?\d+(\.\d+)?$/;

/** What the LMS says about this launch, checked: its values are untrusted strings (an unset element reads as ""). */
export const ScormStartSchema = z.object({
  entry: z.enum(['ab-initio', 'resume', '']),
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
