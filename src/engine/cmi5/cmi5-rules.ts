import type { XapiStatement } from '../xapi/xapi-statement.ts';
import { CMI5, CMI5_VERBS } from './cmi5-iris.ts';

/** What one session's statements are checked against. */
export interface Cmi5Expectations {
  registration: string;
  sessionId: string;
  activityId: string;
  launchMode: 'Normal' | 'Browse' | 'Review';
  masteryScore?: number;
}

const has = (s: XapiStatement, category: string) => (s.context?.contextActivities?.category ?? []).some((a) => a.id === category);
const isVerb = (s: XapiStatement, verb: { id: string }) => s.verb.id === verb.id;

/** True for a cmi5 defined statement: on the AU, in the cmi5 category. */
export function isCmi5Defined(s: XapiStatement, activityId: string): boolean {
  return s.object.id === activityId && has(s, CMI5.category);
}

/**
 * The cmi5 rules that a session's statements (in the order the LRS received them) break, in words; empty when they follow them:
 * `initialized` first and `terminated` last, each once; `completed` and `passed` at most once, no `failed` after `passed`, none of the
 * three outside Normal mode; a score only on `passed`/`failed` and within the mastery score's side; a duration where cmi5 requires
 * one; the registration and session id on every statement; the moveOn category on completed, passed and failed.
 */
export function cmi5Violations(statements: readonly XapiStatement[], expect: Cmi5Expectations): string[] {
  const problems: string[] = [];
  const defined = statements.filter((s) => isCmi5Defined(s, expect.activityId));
  const name = (s: XapiStatement, i: number) => `statement ${i + 1} (${s.verb.display['en-US'] ?? s.verb.id})`;
  const count = (verb: { id: string }) => defined.filter((s) => isVerb(s, verb)).length;

  if (!statements[0] || !isCmi5Defined(statements[0], expect.activityId) || !isVerb(statements[0], CMI5_VERBS.initialized)) problems.push('the first statement is not a cmi5 initialized');
  const last = statements.at(-1);
  if (!last || !isCmi5Defined(last, expect.activityId) || !isVerb(last, CMI5_VERBS.terminated)) problems.push('the last statement is not a cmi5 terminated');
  for (const verb of [CMI5_VERBS.initialized, CMI5_VERBS.terminated, CMI5_VERBS.completed, CMI5_VERBS.passed]) {
    if (count(verb) > 1) problems.push(`${count(verb)} ${verb.display['en-US']} statements: at most one is allowed`);
  }
  const passedAt = defined.findIndex((s) => isVerb(s, CMI5_VERBS.passed));
  if (passedAt >= 0 && defined.slice(passedAt + 1).some((s) => isVerb(s, CMI5_VERBS.failed))) problems.push('failed after passed');

  statements.forEach((s, i) => {
    const label = name(s, i);
    if (s.context?.registration !== expect.registration) problems.push(`${label}: registration is not the launch's`);
    if (s.context?.extensions?.[CMI5.sessionId] !== expect.sessionId) problems.push(`${label}: session id extension missing or wrong`);
    if (!isCmi5Defined(s, expect.activityId)) {
      if (has(s, CMI5.category)) problems.push(`${label}: a cmi5 allowed statement must not carry the cmi5 category`);
      return;
    }
    const verdict = isVerb(s, CMI5_VERBS.passed) || isVerb(s, CMI5_VERBS.failed);
    const moveOn = verdict || isVerb(s, CMI5_VERBS.completed);
    if (s.result?.score && !verdict) problems.push(`${label}: a score is only allowed on passed or failed`);
    if (moveOn && expect.launchMode !== 'Normal') problems.push(`${label}: not allowed in ${expect.launchMode} mode`);
    if (moveOn && !has(s, CMI5.moveOnCategory)) problems.push(`${label}: missing the moveOn category`);
    if (!moveOn && has(s, CMI5.moveOnCategory)) problems.push(`${label}: the moveOn category belongs on completed, passed and failed only`);
    if ((moveOn || isVerb(s, CMI5_VERBS.terminated)) && !s.result?.duration) problems.push(`${label}: missing result.duration`);
    if (isVerb(s, CMI5_VERBS.completed) && s.result?.completion !== true) problems.push(`${label}: completed needs result.completion true`);
    if (verdict && s.result?.success !== isVerb(s, CMI5_VERBS.passed)) problems.push(`${label}: result.success disagrees with the verb`);
    const scaled = s.result?.score?.scaled;
    if (verdict && expect.masteryScore !== undefined) {
      if (s.context?.extensions?.[CMI5.masteryScore] !== expect.masteryScore) problems.push(`${label}: missing the masteryScore extension`);
      if (scaled === undefined || isVerb(s, CMI5_VERBS.passed) !== scaled >= expect.masteryScore) problems.push(`${label}: score is on the wrong side of the mastery score`);
    }
  });
  return problems;
}
