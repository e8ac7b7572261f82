import { z } from 'zod';
import { SessionSnapshotSchema, SNAPSHOT_VERSION } from '../engine/schema/session.ts';
import { OutcomeSchema } from '../engine/schema/tags.ts';

/** Version of the browser's own saved shapes (settings, call saves, best scores). */
export const SAVED_DATA_VERSION = 1;

/** Sound settings the trainee chose. */
export const SettingsSchema = z.object({
  format: z.literal('frontline.settings'),
  version: z.literal(SAVED_DATA_VERSION),
  muted: z.boolean(),
  volume: z.number().min(0).max(1),
});
export type Settings = z.infer<typeof SettingsSchema>;

/** The ways a call can be played: practice coaches after every line; certification is judged at the end only. */
export const CallModeSchema = z.enum(['practice', 'certification']);
export type CallMode = z.infer<typeof CallModeSchema>;

/** The trainee's name, as written on their records and exports. */
export const ProfileSchema = z.object({
  format: z.literal('frontline.profile'),
  version: z.literal(SAVED_DATA_VERSION),
  name: z.string().regex(/\S/, 'expected a name').max(80),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A call in progress: the engine's snapshot plus what the page needs to resume it. */
export const CallSaveSchema = z.object({
  format: z.literal('frontline.call-save'),
  version: z.literal(SAVED_DATA_VERSION),
  scenarioId: z.string().min(1),
  mode: CallModeSchema,
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

/** Parse stored text with a schema; the error names what is wrong in plain words. */
export function parseStored<T>(schema: z.ZodType<T>, text: string, format: string): { ok: true; value: T } | { ok: false; reason: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'it is not valid JSON' };
  }
  const head = raw as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== format) return { ok: false, reason: 'it is not Frontline data of this kind' };
  if (head.version !== SAVED_DATA_VERSION) {
    return { ok: false, reason: `it was written by another version of Frontline (format ${String(head.version)}, this one reads ${SAVED_DATA_VERSION})` };
  }
  const result = schema.safeParse(raw);
  if (result.success) return { ok: true, value: result.data };
  const issue = result.error.issues[0];
  return { ok: false, reason: `it is damaged at ${issue?.path.join('.') || 'the top level'} (${issue?.message ?? 'invalid'})` };
}

/** Why an engine snapshot cannot be resumed, or undefined when its shape is sound. */
export function snapshotProblem(snapshot: unknown): string | undefined {
  const head = snapshot as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== 'frontline.session') return 'its call state is not a Frontline session';
  if (head.version !== SNAPSHOT_VERSION) return `its call state has format ${String(head.version)}, this build reads ${SNAPSHOT_VERSION}`;
  const result = SessionSnapshotSchema.safeParse(snapshot);
  if (result.success) return undefined;
  const issue = result.error.issues[0];
  return `its call state is damaged at ${issue?.path.join('.') || 'the top level'} (${issue?.message ?? 'invalid'})`;
}
