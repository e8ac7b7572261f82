import { z } from 'zod';
import { RatingsSchema } from '../schema/rubric-ids.ts';
import { OutcomeSchema } from '../schema/tags.ts';
import { TraineeIdSchema } from '../trainee/trainee.ts';
import { checkTraineeId, RECORD_FORMATS, RecordVersionSchema } from './record-format.ts';
import { RecordIdSchema } from './record-id.ts';

const Percent = z.number().min(0).max(100);
const TriggerId = z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a trigger id such as calm_down');

/** An ISO 8601 UTC time as `Date.toISOString()` writes it. */
export const IsoTimeSchema = z.iso.datetime({ message: 'expected an ISO time such as 2025-03-01T09:30:00.000Z' });

/** A compiled story's content hash (hex SHA-256). */
export const StoryHashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'expected a SHA-256 hash in hex');

/** A rated rubric's percentage, or null when the call did not assess it (its lines never differed there). */
const RatedPercent = Percent.nullable().meta({ description: 'null: not assessed, the lines on offer never differed on this rubric' });

/** A call's four rubric percentages and overall (the mean of the rubrics assessed). */
export const ScoresSchema = z.strictObject({
  empathy: RatedPercent,
  ownership: RatedPercent,
  expectations: RatedPercent,
  triggers: Percent,
  overall: Percent,
});

/** Practice calls and certification calls share one record shape. */
export const CallKindSchema = z.enum(['practice', 'certification']);
export type CallKind = z.infer<typeof CallKindSchema>;

/**
 * The learning steps played as a call of the trainee's own (see `learn/learn-steps.ts`): Follow
 * (hints and coaching) and Solo (nothing until the debrief). Defined with the record, which the
 * first screen already loads, so that naming a step costs it nothing more.
 */
export const CallStepSchema = z.enum(['follow', 'solo']);
export type CallStep = z.infer<typeof CallStepSchema>;

/** One finished call, practice or certification: who, what, when, and how it scored. */
export const CallRecordSchema = z
  .strictObject({
    format: z.literal(RECORD_FORMATS.call),
    version: RecordVersionSchema,
    id: RecordIdSchema,
    kind: CallKindSchema,
    traineeId: TraineeIdSchema.optional().meta({ description: 'The stable id of the browser the call was made in (from version 2).' }),
    candidate: z.string().regex(/\S/, 'expected a name'),
    trackId: z.string().min(1).nullable(),
    attemptId: z.string().min(1).nullable(),
    scenarioId: z.string().min(1),
    scenarioTitle: z.string(),
    storyHash: StoryHashSchema,
    startedAt: IsoTimeSchema,
    endedAt: IsoTimeSchema,
    durationMs: z.number().int().min(0),
    outcome: OutcomeSchema.nullable(),
    scores: ScoresSchema,
    triggers: z.array(TriggerId).meta({ description: 'Trigger ids of the chosen lines, once per line, repeats across lines kept.' }),
    passed: z.boolean().nullable().meta({ description: 'The certification verdict; null for practice.' }),
    path: z.array(z.number().int().min(1)).meta({ description: '1-based authored choice numbers of the lines the trainee picked.' }),
    shuffle: z.number().int().min(0).max(0x7fffffff).nullable().optional().meta({
      description: 'Seed of the order the lines were shown in (null: authored order); replaying with it shows the same order. Absent in records made before lines were shuffled.',
    }),
    choices: z.array(
      z.strictObject({
        ratings: RatingsSchema,
        triggers: z.array(TriggerId),
        said: z.string().min(1).optional().meta({
          description: 'The reply the trainee typed in their own words, when they did (its ratings and triggers are then the analyzer’s reading of it, and the path step is the line it was taken as). Absent for a picked line and in records made before typed replies, whose ids are unchanged.',
        }),
      }),
    ),
    step: CallStepSchema.optional().meta({
      description: 'The learning step a practice call was played in: follow (hints and coaching) or solo (nothing until the debrief). Absent in other practice calls, in certification calls and in records made before the steps.',
    }),
  })
  .superRefine((call, ctx) => {
    const report = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    checkTraineeId(call, (message) => report('traineeId', message));
    const certified = call.kind === 'certification';
    if (certified !== (call.trackId !== null)) report('trackId', certified ? 'a certification call names its track' : 'a practice call has no track');
    if (certified !== (call.attemptId !== null)) report('attemptId', certified ? 'a certification call names its attempt' : 'a practice call has no attempt');
    if (certified !== (call.passed !== null)) report('passed', certified ? 'a certification call has a verdict' : 'a practice call has no verdict');
    if (certified && call.step !== undefined) report('step', 'a certification call is not played in a learning step');
    if (Date.parse(call.endedAt) < Date.parse(call.startedAt)) report('endedAt', 'the call ends before it starts');
    if (call.path.length !== call.choices.length) report('choices', `expected one entry per step of the path (${call.path.length})`);
  });
export type CallRecord = z.infer<typeof CallRecordSchema>;
