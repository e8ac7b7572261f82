import { z } from 'zod';

/** The caller expressions a `#mood:` tag may pick. */
export const EXPRESSIONS = ['calm', 'worried', 'annoyed', 'angry', 'furious', 'relieved', 'pleased'] as const;
export const ExpressionSchema = z.enum(EXPRESSIONS);
export type Expression = z.infer<typeof ExpressionSchema>;

/** The sound cues a `#sfx:` tag may play. */
export const SOUND_CUES = ['ring', 'hold', 'pickup', 'hangup', 'typing', 'chime'] as const;
export const SoundCueSchema = z.enum(SOUND_CUES);
export type SoundCue = z.infer<typeof SoundCueSchema>;

/**
 * How a call ended. `ended_by_policy`: the agent acknowledged an abusive caller, set the
 * boundary, warned once and then closed the call as policy says; handled by the book, not lost.
 */
export const OUTCOMES = ['resolved', 'follow_up', 'escalated', 'lost', 'ended_by_policy'] as const;
export const OutcomeSchema = z.enum(OUTCOMES);
export type Outcome = z.infer<typeof OutcomeSchema>;

/** The channels a scenario can run on. */
export const CHANNELS = ['phone', 'chat', 'email', 'social'] as const;
export const ChannelSchema = z.enum(CHANNELS);
export type Channel = z.infer<typeof ChannelSchema>;

/** Where a tag stands decides which names it may have. */
export const TAG_PLACES = ['header', 'line', 'choice'] as const;
export type TagPlace = (typeof TAG_PLACES)[number];

/** Tag names allowed in each place, as the conventions list them. */
export const TAG_NAMES = {
  header: ['title', 'customer', 'channel', 'difficulty', 'summary', 'id'],
  line: ['narration', 'mood', 'sfx', 'outcome'],
  choice: ['empathy', 'ownership', 'expectations', 'trigger', 'technique', 'feedback', 'better', 'hint'],
} as const satisfies Record<TagPlace, readonly string[]>;

const text = z.string().trim().min(1, 'expected some text');
const RATING_RANGE = 'expected a whole number from -2 to +2';
const signedRating = z
  .string()
  .trim()
  .regex(/^[+-]?\d+$/, RATING_RANGE)
  .transform(Number)
  .pipe(z.number().min(-2, RATING_RANGE).max(2, RATING_RANGE));

/** Value schema for each tag name; a bare `#narration` has an empty value. */
export const TAG_VALUE_SCHEMAS = {
  title: text,
  customer: text,
  channel: ChannelSchema,
  difficulty: z.enum(['1', '2', '3'], 'expected 1, 2 or 3').transform(Number),
  summary: text,
  id: z.string().trim().regex(/^[a-z0-9][a-z0-9-]*$/, 'expected lowercase letters, digits and dashes'),
  narration: z.literal('', 'expected no value'),
  mood: ExpressionSchema,
  sfx: SoundCueSchema,
  outcome: OutcomeSchema,
  empathy: signedRating,
  ownership: signedRating,
  expectations: signedRating,
  trigger: z.string().trim().regex(/^[a-z][a-z0-9_]*$/, 'expected a trigger id such as calm_down, or none'),
  technique: z.string().trim().regex(/^[a-z][a-z0-9_]*$/, 'expected a technique id such as boundary'),
  feedback: text,
  better: text,
  hint: text,
} as const;
export type TagName = keyof typeof TAG_VALUE_SCHEMAS;

/** The scenario header, built from the global tags. */
export const HeaderSchema = z.object({
  id: z.string(),
  title: z.string(),
  customer: z.string(),
  channel: ChannelSchema,
  difficulty: z.number().int().min(1).max(3),
  summary: z.string(),
});
export type ScenarioHeader = z.infer<typeof HeaderSchema>;
