import type { AttemptRecord } from '../records/attempt-record.ts';
import { isoDuration } from '../xapi/iso-duration.ts';
import { statementId } from '../xapi/statement-id.ts';
import type { XapiActivity, XapiStatement } from '../xapi/xapi-statement.ts';
import { CMI5, CMI5_VERBS } from './cmi5-iris.ts';
import type { Cmi5Launch, Cmi5LaunchData } from './cmi5-launch.ts';

/** One cmi5 session: the launch, the LMS's launch data, and when `initialized` was sent. */
export interface Cmi5Session {
  launch: Cmi5Launch;
  launchData: Cmi5LaunchData;
  initializedAt: string;
}

type Context = NonNullable<XapiStatement['context']>;

const categoryActivity = (id: string): XapiActivity => ({ objectType: 'Activity', id });

/** The session id the LMS put in the context template. */
export function sessionIdOf(session: Cmi5Session): string {
  return session.launchData.contextTemplate.extensions[CMI5.sessionId] as string;
}

/** A statement's context with the LMS's context template merged in (cmi5 §9.6.2): registration, session id, template activities kept. */
export function withContextTemplate(session: Cmi5Session, context: XapiStatement['context']): Context {
  const template = session.launchData.contextTemplate;
  const activities: Record<string, XapiActivity[]> = {};
  for (const source of [template.contextActivities ?? {}, context?.contextActivities ?? {}]) {
    for (const [key, list] of Object.entries(source)) activities[key] = [...(activities[key] ?? []), ...list.filter((a) => !activities[key]?.some((b) => b.id === a.id))];
  }
  return {
    ...context,
    registration: session.launch.registration,
    ...(Object.keys(activities).length ? { contextActivities: activities } : {}),
    extensions: { ...context?.extensions, ...template.extensions },
  };
}

/** The run's own statements (calls and choices) as cmi5 allowed statements of this session. */
export function asCmi5Allowed(session: Cmi5Session, statements: readonly XapiStatement[]): XapiStatement[] {
  return statements.map((s) => ({ ...s, actor: session.launch.actor, context: withContextTemplate(session, s.context) }));
}

/** The verdict of a finished attempt for the LMS: scaled score (mean overall ÷ 100); success by the track's rules, or by the LMS's mastery score when it gave one (cmi5 §9.5.4.1 makes that the criterion). */
export function attemptVerdict(attempt: AttemptRecord, masteryScore: number | undefined): { scaled: number; success: boolean } {
  const overall = attempt.calls.reduce((sum, call) => sum + call.scores.overall, 0) / Math.max(1, attempt.calls.length);
  const scaled = Math.round(overall * 10) / 1000;
  return { scaled, success: masteryScore === undefined ? attempt.status === 'passed' : scaled >= masteryScore };
}

/** A cmi5 defined statement on the AU, with the cmi5 category (and moveOn where it counts), an id derived from `key`. */
function defined(session: Cmi5Session, key: string, verb: XapiStatement['verb'], at: string, result: XapiStatement['result'], moveOn: boolean, extensions: Record<string, unknown> = {}): XapiStatement {
  const category = [categoryActivity(CMI5.category), ...(moveOn ? [categoryActivity(CMI5.moveOnCategory)] : [])];
  return {
    id: statementId(`cmi5/${session.launch.registration}/${key}`),
    actor: session.launch.actor,
    verb,
    object: { objectType: 'Activity', id: session.launch.activityId },
    ...(result ? { result } : {}),
    context: withContextTemplate(session, { contextActivities: { category }, extensions }),
    timestamp: at,
  };
}

/** Time in the AU since `initialized`. */
function sessionDuration(session: Cmi5Session, at: string): string {
  return isoDuration(Date.parse(at) - Date.parse(session.initializedAt));
}

/**
 * `completed` and then `passed` or `failed` for a finished attempt, following cmi5's rules: only in Normal launch mode, `completed`
 * and `passed` at most once per registration (`earlier` are the statements already made for it), no `failed` after a `passed`,
 * a score only on `passed`/`failed`, a duration on each.
 */
export function attemptResultStatements(session: Cmi5Session, attempt: AttemptRecord, at: string, earlier: readonly XapiStatement[]): XapiStatement[] {
  if (session.launchData.launchMode !== 'Normal' || attempt.status === 'in_progress') return [];
  const mine = earlier.filter((s) => s.object.id === session.launch.activityId && s.context?.registration === session.launch.registration);
  const made = (verb: { id: string }) => mine.some((s) => s.verb.id === verb.id);
  const duration = sessionDuration(session, at);
  const out: XapiStatement[] = [];
  if (!made(CMI5_VERBS.completed)) out.push(defined(session, 'completed', CMI5_VERBS.completed, at, { completion: true, duration }, true));
  if (made(CMI5_VERBS.passed)) return out;
  const { scaled, success } = attemptVerdict(attempt, session.launchData.masteryScore);
  const mastery = session.launchData.masteryScore === undefined ? {} : { [CMI5.masteryScore]: session.launchData.masteryScore };
  const verb = success ? CMI5_VERBS.passed : CMI5_VERBS.failed;
  // A failed attempt may be followed by a later passing one in the same registration: each failure gets its own id.
  const key = success ? 'passed' : `failed/${attempt.id}`;
  out.push(defined(session, key, verb, at, { score: { scaled }, success, duration }, true, mastery));
  return out;
}

/** The session's last statement, `terminated`, with the session's duration. */
export function terminatedStatement(session: Cmi5Session, at: string): XapiStatement {
  return defined(session, `terminated/${sessionIdOf(session)}`, CMI5_VERBS.terminated, at, { duration: sessionDuration(session, at) }, false);
}
