import { z } from 'zod';
import { RubricDataSchema, type RubricData } from '../schema/rubric-data.ts';
import { SessionSnapshotSchema } from '../schema/session.ts';
import { TrackSchema } from '../schema/track.ts';
import { CallRecordSchema, IsoTimeSchema, StoryHashSchema } from './call-record.ts';
import { TraineeIdSchema } from '../trainee/trainee.ts';
import { checkTraineeId, RECORD_FORMATS, RecordVersionSchema } from './record-format.ts';
import { RecordIdSchema } from './record-id.ts';

/** Where an attempt stands. */
export const AttemptStatusSchema = z.enum(['in_progress', 'passed', 'failed']);
export type AttemptStatus = z.infer<typeof AttemptStatusSchema>;

/** Rubric data as an attempt stored it: checked by the rubric data schema, but not given the defaults of fields added later. */
export type StoredRubricData = z.input<typeof RubricDataSchema>;

/**
 * Checked as rubric data, and kept exactly as stored. A later build may add a field with a default to the rubric data (as
 * `techniques` was); filling it in would change the attempt's content, so its record id would no longer match and every earlier
 * attempt would be set aside as edited. Use frozenRubricData to read it with today's defaults.
 */
const StoredRubricDataSchema = z.unknown().superRefine((value, ctx) => {
  const result = RubricDataSchema.safeParse(value);
  if (!result.success) for (const issue of result.error.issues) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message });
}) as unknown as z.ZodType<StoredRubricData>;

/** The scoring rules in force when an attempt started, kept so later edits cannot change its result. */
export const FrozenRulesSchema = z.strictObject({
  rubricData: StoredRubricDataSchema,
  rubricHash: StoryHashSchema.meta({ description: 'Hash of the frozen rubric data; sessions of this attempt are saved with it.' }),
  track: TrackSchema,
  storyHashes: z.record(z.string(), StoryHashSchema).meta({ description: 'Compiled story hash of each scenario of the attempt.' }),
});
export type FrozenRules = z.infer<typeof FrozenRulesSchema>;

const readData = new WeakMap<object, RubricData>();

/** An attempt's frozen rubric data with the defaults of this build filled in, for scoring and judging (read once per record). */
export function frozenRubricData(rules: Pick<FrozenRules, 'rubricData'>): RubricData {
  const stored = rules.rubricData as object;
  let data = readData.get(stored);
  if (!data) readData.set(stored, (data = RubricDataSchema.parse(stored)));
  return data;
}

/** Why one certification call passed or failed. */
export const CallVerdictSchema = z.strictObject({ scenarioId: z.string(), passed: z.boolean(), reasons: z.array(z.string()) });

/** One certification attempt: frozen rules, the calls so far, and the call in progress. */
export const AttemptRecordSchema = z
  .strictObject({
    format: z.literal(RECORD_FORMATS.attempt),
    version: RecordVersionSchema,
    id: z.string().min(1).meta({ description: 'Fixed when the attempt starts; its calls refer to it.' }),
    contentId: RecordIdSchema.nullable().meta({ description: 'Derived from the finished record; null while in progress.' }),
    traineeId: TraineeIdSchema.optional().meta({ description: 'The stable id of the browser the attempt was made in (from version 2).' }),
    candidate: z.string().regex(/\S/, 'expected a name'),
    trackId: z.string().min(1),
    trackName: z.string().min(1),
    attemptNumber: z.number().int().min(1),
    startedAt: IsoTimeSchema,
    endedAt: IsoTimeSchema.nullable(),
    seed: z.number().int(),
    scenarioIds: z.array(z.string().min(1)).min(1),
    rules: FrozenRulesSchema,
    calls: z.array(CallRecordSchema),
    verdicts: z.array(CallVerdictSchema),
    current: z.strictObject({ index: z.number().int().min(0), snapshot: SessionSnapshotSchema }).nullable(),
    status: AttemptStatusSchema,
  })
  .superRefine((attempt, ctx) => {
    const report = (path: Array<string | number>, message: string) => ctx.addIssue({ code: 'custom', path, message });
    const { rules, calls, verdicts, scenarioIds, current } = attempt;
    checkTraineeId(attempt, (message) => report(['traineeId'], message));
    if (attempt.trackId !== rules.track.id) report(['trackId'], `expected the frozen track's id "${rules.track.id}"`);
    if (attempt.trackName !== rules.track.name) report(['trackName'], `expected the frozen track's name "${rules.track.name}"`);
    scenarioIds.forEach((id, i) => {
      if (!rules.storyHashes[id]) report(['rules', 'storyHashes'], `scenario "${id}" (scenarioIds[${i}]) has no frozen story hash`);
    });
    if (calls.length > scenarioIds.length) report(['calls'], `${calls.length} calls for ${scenarioIds.length} scenarios`);
    if (verdicts.length !== calls.length) report(['verdicts'], `expected one verdict per call (${calls.length})`);
    calls.forEach((call, i) => {
      if (call.kind !== 'certification' || call.attemptId !== attempt.id) report(['calls', i], 'not a call of this attempt');
      if (call.traineeId !== attempt.traineeId) report(['calls', i, 'traineeId'], "expected the attempt's trainee id");
      if (call.scenarioId !== scenarioIds[i] || verdicts[i]?.scenarioId !== call.scenarioId) report(['calls', i, 'scenarioId'], `expected scenario "${scenarioIds[i]}"`);
      if (call.passed !== verdicts[i]?.passed) report(['verdicts', i, 'passed'], 'disagrees with the call record');
    });
    const open = attempt.status === 'in_progress';
    if (open !== (attempt.endedAt === null)) report(['endedAt'], open ? 'an attempt in progress has not ended' : 'a finished attempt has an end time');
    if (open !== (attempt.contentId === null)) report(['contentId'], open ? 'an attempt in progress has no content id yet' : 'a finished attempt has a content id');
    if (attempt.status === 'passed' && (calls.length !== scenarioIds.length || verdicts.some((v) => !v.passed))) {
      report(['status'], 'an attempt passes only when every call was played and passed');
    }
    if (current) {
      const scenario = scenarioIds[current.index];
      if (!open) report(['current'], 'a finished attempt has no call in progress');
      if (current.index !== calls.length) report(['current', 'index'], `expected the next call, ${calls.length}`);
      if (current.snapshot.scenarioId !== scenario) report(['current', 'snapshot', 'scenarioId'], `expected scenario "${scenario}"`);
      if (scenario && current.snapshot.storyHash !== rules.storyHashes[scenario]) report(['current', 'snapshot', 'storyHash'], 'expected the frozen story hash');
    }
  });
export type AttemptRecord = z.infer<typeof AttemptRecordSchema>;
