import { z } from 'zod';

/**
 * The four steps of the training texts' process for training new staff (in the articles on
 * service and sales): you show them, they follow while you carry the call, they do it on their
 * own, and they teach it to someone else.
 */
export const LEARN_STEPS = ['watch', 'follow', 'solo', 'teach'] as const;
export const LearnStepSchema = z.enum(LEARN_STEPS);
export type LearnStep = z.infer<typeof LearnStepSchema>;

/** The steps the trainee plays as a call of their own: each makes a practice call record that names its step. */
export { CallStepSchema, type CallStep } from '../records/call-record.ts';

/** Each step's name as the trainee reads it. */
export const STEP_LABELS: Record<LearnStep, string> = { watch: 'Watch', follow: 'Follow', solo: 'Solo', teach: 'Teach' };
