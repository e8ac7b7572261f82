import { z } from 'zod';
import { IsoTimeSchema, StoryHashSchema } from '../records/call-record.ts';
import { recordId, RecordIdSchema } from '../records/record-id.ts';
import { TraineeIdSchema } from '../trainee/trainee.ts';

/** The format tag of a Watch or Teach record. */
export const STEP_RECORD_FORMAT = 'frontline.step-record';
/** The step record format version this build writes and reads. */
export const STEP_RECORD_VERSION = 1;

/**
 * A finished Watch or Teach step: neither is a call the trainee played (Watch is the model
 * agent's call, Teach grades another agent's), so neither makes a call record; this says the
 * step was done, and how well: techniques noticed of those asked (Watch), marks agreeing with
 * the engine of those made (Teach).
 */
export const StepRecordSchema = z
  .strictObject({
    format: z.literal(STEP_RECORD_FORMAT),
    version: z.literal(STEP_RECORD_VERSION),
    id: RecordIdSchema,
    step: z.enum(['watch', 'teach']),
    traineeId: TraineeIdSchema,
    candidate: z.string().regex(/\S/, 'expected a name'),
    scenarioId: z.string().min(1),
    scenarioTitle: z.string(),
    storyHash: StoryHashSchema,
    startedAt: IsoTimeSchema,
    endedAt: IsoTimeSchema,
    right: z.number().int().min(0).meta({ description: 'Watch: techniques the trainee noticed; Teach: marks that agree with the engine.' }),
    of: z.number().int().min(0).meta({ description: 'Watch: questions asked; Teach: marks made.' }),
    seed: z.number().int().min(0).nullable().meta({ description: 'Teach: the seed of the call graded, which rebuilds it; null for Watch.' }),
  })
  .superRefine((record, ctx) => {
    if (record.right > record.of) ctx.addIssue({ code: 'custom', path: ['right'], message: `expected at most ${record.of} (of)` });
    if (Date.parse(record.endedAt) < Date.parse(record.startedAt)) ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'the step ends before it starts' });
    if ((record.step === 'teach') !== (record.seed !== null)) ctx.addIssue({ code: 'custom', path: ['seed'], message: 'a Teach record names the seed of its call, a Watch record has none' });
  });
export type StepRecord = z.infer<typeof StepRecordSchema>;

/** Build a validated step record; its id is derived from its content, as a call record's is. */
export function makeStepRecord(input: Omit<StepRecord, 'format' | 'version' | 'id'>): StepRecord {
  const content = { format: STEP_RECORD_FORMAT, version: STEP_RECORD_VERSION, ...input, candidate: input.candidate.trim() };
  return StepRecordSchema.parse({ ...content, id: recordId(content) });
}

/** A stored value as a step record, or why it cannot be one (its schema, or an id that does not match its content). */
export function readStepRecord(raw: unknown): { ok: true; record: StepRecord } | { ok: false; reason: string } {
  const parsed = StepRecordSchema.safeParse(raw);
  if (!parsed.success) return { ok: false, reason: `it is not a readable Watch or Teach record (${parsed.error.issues[0]?.path.join('.') || 'format'}: ${parsed.error.issues[0]?.message ?? 'invalid'})` };
  const { id, ...content } = parsed.data;
  if (id !== recordId(content)) return { ok: false, reason: 'its id does not match its content: it was edited or damaged' };
  return { ok: true, record: parsed.data };
}
