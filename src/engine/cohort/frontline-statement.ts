import { z } from 'zod';
import { CallKindSchema, ScoresSchema } from '../records/call-record.ts';
import { RecordIdSchema } from '../records/record-id.ts';
import { RatingsSchema, type Ratings } from '../schema/rubric-ids.ts';
import { OutcomeSchema } from '../schema/tags.ts';
import { durationMs } from '../xapi/iso-duration.ts';
import { statementId } from '../xapi/statement-id.ts';
import { VERBS, extensionIris } from '../xapi/xapi-iris.ts';
import { XapiStatementSchema, type XapiAgent } from '../xapi/xapi-statement.ts';

/** Frontline's activity ids: `ROOT/scenarios/ID` for a call, `ROOT/scenarios/ID/choices/N` for its N-th chosen line. */
const ACTIVITY_ID = /^(.+)\/scenarios\/([^/]+?)(?:\/choices\/([1-9]\d*))?$/;
const TRACK_ID = /\/tracks\/([^/]+)$/;
const TriggerIds = z.array(z.string().regex(/^[a-z][a-z0-9_]*$/, 'expected a trigger id such as calm_down'));

/** A statement about one call, in the terms the cohort needs, whichever verb it has. */
export type FrontlineStatement = {
  id: string;
  callId: string;
  /** the actor's key: "account:" homePage and name, or "mbox:" the address */
  traineeKey: string;
  traineeName: string;
  homePage: string | null;
  scenarioId: string;
  kind: z.infer<typeof CallKindSchema>;
  attemptId: string | null;
  trackId: string | null;
  timestamp: string;
} & (
  | { verb: 'answered'; step: number; choice: number; ratings: Ratings; triggers: string[]; line: string }
  | { verb: 'completed'; title: string; scores: z.infer<typeof ScoresSchema>; outcome: z.infer<typeof OutcomeSchema> | null; durationMs: number }
  | { verb: 'verdict'; passed: boolean }
);

const VERB_NAMES = new Map<string, 'answered' | 'completed' | 'passed' | 'failed'>(Object.entries(VERBS).map(([name, verb]) => [verb.id, name as 'answered']));

/** Whether a value is meant as a Frontline call statement (then a fault in it is damage, not someone else's statement). */
export function looksLikeFrontline(raw: unknown): boolean {
  const value = raw as { object?: { id?: unknown }; context?: { platform?: unknown } } | null;
  return typeof value === 'object' && value !== null && (value.context?.platform === 'Frontline' || (typeof value.object?.id === 'string' && ACTIVITY_ID.test(value.object.id)));
}

/** The extension schemas of one activity root, made once: a cohort's 100,000 statements share a root or two. */
function rootSchemas(root: string) {
  let made = ROOTS.get(root);
  if (!made) {
    const ext = extensionIris(root);
    made = {
      ext,
      about: z.object({ [ext.callRecord]: RecordIdSchema, [ext.kind]: CallKindSchema, [ext.attempt]: z.string().min(1).optional() }),
      line: z.object({ [ext.ratings]: RatingsSchema, [ext.triggerIds]: TriggerIds, [ext.choiceNumber]: z.number().int().min(1) }),
    };
    ROOTS.set(root, made);
  }
  return made;
}
const ROOTS = new Map<string, { ext: ReturnType<typeof extensionIris>; about: z.ZodType<Record<string, unknown>>; line: z.ZodType<Record<string, unknown>> }>();

function trainee(actor: XapiAgent): { traineeKey: string; traineeName: string; homePage: string | null } | undefined {
  if (actor.account) return { traineeKey: `account:${actor.account.homePage} ${actor.account.name}`, traineeName: actor.name ?? actor.account.name, homePage: actor.account.homePage };
  if (actor.mbox) return { traineeKey: `mbox:${actor.mbox}`, traineeName: actor.name ?? actor.mbox.replace(/^mailto:/, ''), homePage: null };
  return undefined;
}

/**
 * The one schema of a Frontline call statement as an LRS gives it back: an xAPI statement of one of Frontline's verbs on one of
 * its activities, with the extensions callStatements writes, and the id callStatements derives from the call record's id.
 */
export const FrontlineStatementSchema = XapiStatementSchema.transform((s, ctx): FrontlineStatement => {
  const fail = (path: PropertyKey[], message: string) => {
    ctx.addIssue({ code: 'custom', path: path.map((key) => (typeof key === 'number' ? key : String(key))), message });
    return z.NEVER;
  };
  const verb = VERB_NAMES.get(s.verb.id);
  if (!verb) return fail(['verb', 'id'], `expected one of Frontline's verbs (${[...VERB_NAMES.keys()].join(', ')})`);
  const match = ACTIVITY_ID.exec(s.object.id);
  if (!match) return fail(['object', 'id'], 'expected a Frontline scenario or choice activity (…/scenarios/ID or …/scenarios/ID/choices/N)');
  const [, root, scenarioId, step] = match as unknown as [string, string, string, string | undefined];
  if ((verb === 'answered') !== (step !== undefined)) return fail(['object', 'id'], verb === 'answered' ? 'an answered statement is about a chosen line (…/choices/N)' : `a ${verb} statement is about the scenario, not a line`);
  const who = trainee(s.actor);
  if (!who) return fail(['actor'], 'expected an actor with an account or an mbox');
  const { ext, about: aboutSchema, line: lineSchema } = rootSchemas(root!);
  const about = aboutSchema.safeParse(s.context?.extensions ?? {});
  if (!about.success) return fail(['context', 'extensions', ...about.error.issues[0]!.path], about.error.issues[0]!.message);
  const callId = about.data[ext.callRecord] as string;
  const kind = about.data[ext.kind] as FrontlineStatement['kind'];
  const attemptId = (about.data[ext.attempt] as string | undefined) ?? null;
  const track = (s.context?.contextActivities?.['grouping'] ?? []).map((a) => TRACK_ID.exec(a.id)?.[1]).find((id) => id !== undefined) ?? null;
  if ((kind === 'certification') !== (attemptId !== null && track !== null)) return fail(['context'], kind === 'certification' ? 'a certification call names its attempt and its track' : 'a practice call has no attempt and no track');
  const name = verb === 'answered' ? `answered/${step}` : verb;
  if (s.id !== statementId(`${callId}/${name}`)) return fail(['id'], 'is not the id Frontline derives from the call record: the statement was edited or is not Frontline’s');
  const base = { id: s.id, callId, ...who, scenarioId: scenarioId!, kind, attemptId, trackId: track, timestamp: s.timestamp };
  const results = s.result?.extensions ?? {};
  if (verb === 'answered') {
    const line = lineSchema.safeParse(results);
    if (!line.success) return fail(['result', 'extensions', ...line.error.issues[0]!.path], line.error.issues[0]!.message);
    return { ...base, verb, step: Number(step), choice: line.data[ext.choiceNumber] as number, ratings: line.data[ext.ratings] as Ratings, triggers: line.data[ext.triggerIds] as string[], line: s.result?.response ?? '' };
  }
  if (verb === 'completed') {
    const scores = ScoresSchema.safeParse({ empathy: results[ext.empathy], ownership: results[ext.ownership], expectations: results[ext.expectations], triggers: results[ext.triggers], overall: results[ext.overall] });
    if (!scores.success) return fail(['result', 'extensions', ...scores.error.issues[0]!.path], scores.error.issues[0]!.message);
    const outcome = OutcomeSchema.nullable().safeParse(results[ext.outcome] ?? null);
    if (!outcome.success) return fail(['result', 'extensions', ext.outcome], outcome.error.issues[0]!.message);
    const ms = durationMs(s.result?.duration ?? '');
    if (ms === undefined) return fail(['result', 'duration'], 'expected the call’s duration such as PT4M5.25S');
    const title = Object.values(s.object.definition?.name ?? {})[0] ?? scenarioId!;
    return { ...base, verb, title, scores: scores.data, outcome: outcome.data, durationMs: ms };
  }
  if (kind !== 'certification') return fail(['verb', 'id'], 'only a certification call has a verdict');
  if (s.result?.success !== (verb === 'passed')) return fail(['result', 'success'], `expected ${verb === 'passed'} for a ${verb} statement`);
  return { ...base, verb: 'verdict', passed: verb === 'passed' };
});
