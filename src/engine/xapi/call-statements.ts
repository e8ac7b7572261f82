import type { CallRecord } from '../records/call-record.ts';
import { SCORED_RUBRICS } from '../schema/rubric-ids.ts';
import { isoDuration } from './iso-duration.ts';
import { statementId } from './statement-id.ts';
import { ACTIVITY_TYPES, VERBS, extensionIris } from './xapi-iris.ts';
import type { XapiActivity, XapiAgent, XapiStatement } from './xapi-statement.ts';

/** Who and where statements are about, besides the call itself. */
export interface StatementContext {
  actor: XapiAgent;
  /** IRI root of Frontline's activities, without a trailing slash */
  activityRoot: string;
  /** the cmi5 or LMS registration, when launched with one */
  registration?: string;
  /** extra context activities (cmi5 adds its category here) */
  category?: XapiActivity[];
}

/** The activity of a scenario, as a simulation. */
export function scenarioActivity(root: string, call: Pick<CallRecord, 'scenarioId' | 'scenarioTitle'>): XapiActivity {
  return { objectType: 'Activity', id: `${root}/scenarios/${call.scenarioId}`, definition: { type: ACTIVITY_TYPES.simulation, name: { 'en-US': call.scenarioTitle } } };
}

/** The activity of a certification track, as a course. */
export function trackActivity(root: string, trackId: string, trackName: string): XapiActivity {
  return { objectType: 'Activity', id: `${root}/tracks/${trackId}`, definition: { type: ACTIVITY_TYPES.course, name: { 'en-US': trackName } } };
}

/**
 * Every statement of one finished call: an `answered` per chosen line (`lines` are their texts, in order),
 * `completed`, and in certification `passed` or `failed` with the score. Ids derive from the call record's id.
 */
export function callStatements(call: CallRecord, lines: readonly string[], ctx: StatementContext, trackName?: string): XapiStatement[] {
  const root = ctx.activityRoot;
  const ext = extensionIris(root);
  const scenario = scenarioActivity(root, call);
  const grouping = call.trackId ? [trackActivity(root, call.trackId, trackName ?? call.trackId)] : [];
  const context = (parent: XapiActivity[]): NonNullable<XapiStatement['context']> => ({
    ...(ctx.registration ? { registration: ctx.registration } : {}),
    platform: 'Frontline',
    language: 'en-US',
    contextActivities: { ...(parent.length ? { parent } : {}), ...(grouping.length ? { grouping } : {}), ...(ctx.category?.length ? { category: ctx.category } : {}) },
    extensions: { [ext.callRecord]: call.id, [ext.kind]: call.kind, ...(call.attemptId ? { [ext.attempt]: call.attemptId } : {}) },
  });
  const base = (name: string) => ({ id: statementId(`${call.id}/${name}`), actor: ctx.actor, timestamp: call.endedAt });

  const answered = call.choices.map((choice, i): XapiStatement => ({
    ...base(`answered/${i + 1}`),
    verb: VERBS.answered,
    object: {
      objectType: 'Activity',
      id: `${scenario.id}/choices/${i + 1}`,
      definition: { type: ACTIVITY_TYPES.interaction, interactionType: 'choice', name: { 'en-US': `${call.scenarioTitle}: choice ${i + 1}` } },
    },
    result: {
      response: lines[i] ?? '',
      extensions: { [ext.ratings]: { ...choice.ratings }, [ext.triggerIds]: [...choice.triggers], [ext.choiceNumber]: call.path[i]! },
    },
    context: context([scenario]),
  }));

  const scores = Object.fromEntries([...SCORED_RUBRICS, 'overall' as const].map((r) => [ext[r], call.scores[r]]));
  const extensions = { ...scores, [ext.outcome]: call.outcome };
  const duration = isoDuration(call.durationMs);
  const completed: XapiStatement = {
    ...base('completed'),
    verb: VERBS.completed,
    object: scenario,
    result: { completion: true, duration, extensions },
    context: context([]),
  };
  if (call.passed === null) return [...answered, completed];
  const verdict: XapiStatement = {
    ...base(call.passed ? 'passed' : 'failed'),
    verb: call.passed ? VERBS.passed : VERBS.failed,
    object: scenario,
    result: { score: { scaled: call.scores.overall / 100, raw: call.scores.overall, min: 0, max: 100 }, success: call.passed, completion: true, duration, extensions },
    context: context([]),
  };
  return [...answered, completed, verdict];
}
