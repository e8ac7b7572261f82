import { z } from 'zod';
import { RatingSchema } from './rubric-ids.ts';
import { ExpressionSchema, OutcomeSchema, SoundCueSchema } from './tags.ts';

/** Bumped whenever the snapshot shape changes; older snapshots are refused. */
export const SNAPSHOT_VERSION = 1;

/** One step of the call as the player shows it: a line (empty when tags-only) and its cues. */
export const BeatSchema = z.object({
  speaker: z.enum(['customer', 'agent', 'narration']),
  text: z.string(),
  expression: ExpressionSchema.optional(),
  sfx: z.array(SoundCueSchema),
  outcome: OutcomeSchema.optional(),
  mood: z.number(),
});
export type Beat = z.infer<typeof BeatSchema>;

/** What the author wrote inside a choice's brackets besides its text; `triggers: []` is `#trigger:none`. */
export const ChoiceMetaSchema = z.object({
  ratings: z.object({
    empathy: RatingSchema.optional(),
    ownership: RatingSchema.optional(),
    expectations: RatingSchema.optional(),
  }),
  triggers: z.array(z.string()).optional(),
  /** techniques this choice point practises (`#technique:` tags) */
  techniques: z.array(z.string()).optional(),
  feedback: z.string().optional(),
  better: z.string().optional(),
  /** the author's hint for the choice point, shown before it in the Follow step (`#hint:`) */
  hint: z.string().optional(),
});
export type ChoiceMeta = z.infer<typeof ChoiceMetaSchema>;

/** One line the trainee may say; `index` is 0-based as in inkjs. */
export const ChoiceOptionSchema = z.object({
  index: z.number().int().min(0),
  text: z.string(),
  meta: ChoiceMetaSchema,
});
export type ChoiceOption = z.infer<typeof ChoiceOptionSchema>;

/** A choice point the trainee passed: what was offered, what they picked, and the reply they typed when they wrote their own (then `chosen` is the line it was taken as). */
export const ChoiceRecordSchema = z.object({ offered: z.array(ChoiceOptionSchema), chosen: z.number().int().min(0), said: z.string().optional() });
export type ChoiceRecord = z.infer<typeof ChoiceRecordSchema>;

/** A saved session: enough to resume at the same line with the same transcript. */
export const SessionSnapshotSchema = z.object({
  format: z.literal('frontline.session'),
  version: z.literal(SNAPSHOT_VERSION),
  scenarioId: z.string(),
  storyHash: z.string(),
  rubricHash: z.string(),
  inkState: z.string(),
  beats: z.array(BeatSchema),
  choicePoints: z.array(ChoiceRecordSchema),
  /** the shuffle seed of the order lines are shown in; absent when they keep their authored order */
  shuffle: z.number().int().min(0).max(0x7fffffff).optional(),
});
export type SessionSnapshot = z.infer<typeof SessionSnapshotSchema>;
