import { z } from 'zod';
import { SessionSnapshotSchema, SNAPSHOT_VERSION } from '../engine/schema/session.ts';
import { damageOf } from '../engine/schema/issue-words.ts';
import { OutcomeSchema } from '../engine/schema/tags.ts';
import { TraineeIdSchema } from '../engine/trainee/trainee.ts';
import { CallStepSchema } from '../engine/records/call-record.ts';

/** Version of the browser's own saved shapes (settings, call saves, best scores). */
export const SAVED_DATA_VERSION = 1;

/** How fast the customer's lines are typed out; `instant` shows each line whole. */
export const TypingSpeedSchema = z.enum(['slow', 'normal', 'fast', 'instant']);
export type TypingSpeed = z.infer<typeof TypingSpeedSchema>;

/** Sound and typing settings the trainee chose. */
export const SettingsSchema = z.object({
  format: z.literal('frontline.settings'),
  version: z.literal(SAVED_DATA_VERSION),
  muted: z.boolean(),
  volume: z.number().min(0).max(1),
  // Added after the first release: settings saved before it read as the normal speed.
  typing: TypingSpeedSchema.default('normal'),
  // Added with typed replies: the harder setting that hides the lines on offer for a whole call.
  typeReplies: z.boolean().default(false),
  // The caller's voice: auto speaks unless the system asks for reduced motion.
  voice: z.enum(['auto', 'on', 'off']).default('auto'),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The ways a call can be played: practice coaches after every line; certification is judged at the end only. */
export const CallModeSchema = z.enum(['practice', 'certification']);
export type CallMode = z.infer<typeof CallModeSchema>;

/** The trainee's name as version 1 kept it, before trainee ids; read once and rewritten as a version 2 profile. */
export const ProfileV1Schema = z.object({
  format: z.literal('frontline.profile'),
  version: z.literal(1),
  name: z.string().regex(/\S/, 'expected a name').max(80),
});

/** Version 2 of the profile: it holds the browser's trainee id. */
export const PROFILE_VERSION = 2;

/** Who trains in this browser: the stable trainee id, and the name on their records once they give one. */
export const ProfileSchema = z.object({
  format: z.literal('frontline.profile'),
  version: z.literal(PROFILE_VERSION),
  traineeId: TraineeIdSchema,
  name: z.string().regex(/\S/, 'expected a name').max(80).optional(),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A call in progress: the engine's snapshot plus what the page needs to resume it. */
export const CallSaveSchema = z.object({
  format: z.literal('frontline.call-save'),
  version: z.literal(SAVED_DATA_VERSION),
  scenarioId: z.string().min(1),
  mode: CallModeSchema,
  /** the learning step a practice call is played in (Follow or Solo); absent for other calls and in saves made before the steps */
  step: CallStepSchema.optional(),
  elapsedMs: z.number().min(0),
  savedAt: z.string(),
  snapshot: z.unknown(),
});
export type CallSave = z.infer<typeof CallSaveSchema>;

const Percent = z.number().min(0).max(100);
const ScoresSchema = z.object({ empathy: Percent.nullable(), ownership: Percent.nullable(), expectations: Percent.nullable(), triggers: Percent, overall: Percent });

/** The best finished call of one scenario. */
export const BestScoreSchema = z.object({
  format: z.literal('frontline.best'),
  version: z.literal(SAVED_DATA_VERSION),
  scenarioId: z.string().min(1),
  scores: ScoresSchema,
  outcome: OutcomeSchema.nullable(),
  at: z.string(),
});
export type BestScore = z.infer<typeof BestScoreSchema>;

/** Why stored data cannot be used: in words for the trainee, and in detail for a trainer. */
export interface Damage {
  reason: string;
  detail?: string;
}

/** The reason given for data of another version. */
export const OTHER_VERSION = 'it was written by another version of Frontline';

/** Parse stored text with a schema of this version; the error says what is wrong in plain words, with the detail apart. */
export function parseStored<T>(schema: z.ZodType<T>, text: string, format: string, version: number = SAVED_DATA_VERSION): ({ ok: true; value: T } | ({ ok: false } & Damage)) {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== format) return { ok: false, reason: 'it is not Frontline data of this kind' };
  if (head.version !== version) {
    return { ok: false, reason: OTHER_VERSION, detail: `${format} version ${String(head.version)}; this one reads ${version}` };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, ...damageOf(result.error.issues) };
}

/** Why an engine snapshot cannot be resumed, or undefined when its shape is sound. */
export function snapshotProblem(snapshot: unknown): Damage | undefined {
  const head = snapshot as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== 'frontline.session') return { reason: "the call's progress is not a Frontline call" };
  if (head.version !== SNAPSHOT_VERSION) return { reason: "the call's progress was saved by another version of Frontline", detail: `session version ${String(head.version)}; this one reads ${SNAPSHOT_VERSION}` };
  const result = SessionSnapshotSchema.safeParse(snapshot);
  if (result.success) return undefined;
  return damageOf(result.error.issues.map((issue) => ({ ...issue, path: ['snapshot', ...issue.path] })));
}
