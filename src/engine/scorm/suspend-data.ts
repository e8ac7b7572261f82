import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import { z } from 'zod';
import { frozenRubricHash } from '../certification/start-attempt.ts';
import { contentHash } from '../hash.ts';
import { AttemptRecordSchema, type AttemptRecord } from '../records/attempt-record.ts';
import { canonicalJson } from '../records/canonical-json.ts';
import type { RubricData } from '../schema/rubric-data.ts';
import type { Track } from '../schema/track.ts';

/** The most characters SCORM 2004 4th edition lets `cmi.suspend_data` hold (RTE 4.2.28, SPM 64000). */
export const SUSPEND_DATA_LIMIT = 64_000;

/**
 * Suspend data is `frontline2.KIND.LEARNER.BODY`: LEARNER is a short hash of the learner key
 * (see learnerKey), so data the LMS hands back for another learner is recognised and refused.
 * How an attempt is packed (KIND), from fullest to smallest: `full` is the whole record, deflated; `lean` leaves out the frozen rubric
 * data and track (the package ships them; their hashes make sure they are the same on resume); `ref` names an attempt that only
 * this browser's records hold.
 */
export type SuspendKind = 'full' | 'lean' | 'ref';

const PREFIX = 'frontline2';

/** The frozen rules as a lean pack keeps them. */
const LeanRulesSchema = z.strictObject({ rubricHash: z.string().min(1), trackHash: z.string().min(1), storyHashes: z.record(z.string(), z.string()) });
const LeanAttemptSchema = z.looseObject({ rules: LeanRulesSchema });

/** What suspend_data gives back: an attempt, the id of one kept in this browser, or why it cannot resume. */
export type Unpacked = { ok: true; attempt: AttemptRecord } | { ok: true; attemptId: string } | { ok: false; reason: string };

/** The rules the app ships now: an attempt resumes only under these, and a lean pack is completed with them. */
export interface ShippedRules {
  rubricData: RubricData;
  track: Track;
  /** compiled story hash of each shipped scenario, by id */
  storyHashes: Readonly<Record<string, string>>;
}

/** 64 bits of the learner key's hash: enough to tell learners apart, short enough for suspend_data. */
function learnerTag(learner: string): string {
  return contentHash(learner).slice(0, 16);
}

/** Hash of a track, to recognize the frozen one in a lean pack. */
export function trackHash(track: Track): string {
  return contentHash(canonicalJson(track));
}

function toBase64(bytes: Uint8Array): string {
  return btoa(strFromU8(bytes, true));
}

function fromBase64(text: string): Uint8Array {
  return strToU8(atob(text), true);
}

const deflated = (value: unknown): string => toBase64(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));

/** Pack an attempt's resume state for `learner` (see learnerKey) into at most `limit` characters, the fullest kind that fits. */
export function packSuspendData(attempt: AttemptRecord, learner: string, limit = SUSPEND_DATA_LIMIT): { kind: SuspendKind; text: string } {
  const head = (kind: SuspendKind) => `${PREFIX}.${kind}.${learnerTag(learner)}.`;
  const full = `${head('full')}${deflated(attempt)}`;
  if (full.length <= limit) return { kind: 'full', text: full };
  const { rubricHash, storyHashes, track } = attempt.rules;
  const lean = `${head('lean')}${deflated({ ...attempt, rules: { rubricHash, storyHashes, trackHash: trackHash(track) } })}`;
  if (lean.length <= limit) return { kind: 'lean', text: lean };
  return { kind: 'ref', text: `${head('ref')}${attempt.id}` };
}

const PACKED = /^frontline2\.(full|lean|ref)\.([0-9a-f]{16})\.([A-Za-z0-9+/=_-]+)$/;

function inflated(body: string): unknown {
  return JSON.parse(strFromU8(inflateSync(fromBase64(body))));
}

function checked(input: unknown): Unpacked {
  const parsed = AttemptRecordSchema.safeParse(input);
  if (parsed.success) return { ok: true, attempt: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `the saved attempt is not valid (${issue?.path.join('.') || 'attempt'}: ${issue?.message})` };
}

/**
 * Why frozen rules cannot be resumed under what the app ships, in words, or undefined when they
 * can: the rubric data, the track and every drawn scenario must be the shipped ones, by hash.
 * A full pack carries its rules, so an edited pass mark would otherwise be honoured.
 */
function rulesProblem(rules: { rubricHash: string; trackHash: string; storyHashes: Record<string, string> }, scenarioIds: unknown, shipped: ShippedRules): string | undefined {
  const changed = 'an attempt cannot continue under other rules';
  if (rules.rubricHash !== frozenRubricHash(shipped.rubricData)) return `the attempt's rubric data is not the one this course ships, and ${changed}`;
  if (rules.trackHash !== trackHash(shipped.track)) return `the attempt's track (its calls and pass marks) is not the one this course ships, and ${changed}`;
  const ids = Array.isArray(scenarioIds) ? scenarioIds.filter((id): id is string => typeof id === 'string') : [];
  const other = ids.find((id) => rules.storyHashes[id] !== shipped.storyHashes[id]);
  if (other !== undefined) return `the scenario "${other}" of the attempt is not the one this course ships, and ${changed}`;
  return undefined;
}

/**
 * Read suspend_data back for `learner` (it comes from the LMS, so it is checked): refused when it
 * was saved for another learner, or when its frozen rules are not the shipped ones (a lean pack
 * is completed with `shipped`).
 */
export function unpackSuspendData(text: string, shipped: ShippedRules, learner: string): Unpacked {
  const packed = PACKED.exec(text);
  if (!packed) return { ok: false, reason: 'the LMS returned resume data this app did not write' };
  const [, kind, tag, body] = packed;
  if (tag !== learnerTag(learner)) {
    return { ok: false, reason: 'the resume data the LMS returned was saved for another learner, so it was not used' };
  }
  if (kind === 'ref') return { ok: true, attemptId: body! };
  let input: unknown;
  try {
    input = inflated(body!);
  } catch {
    return { ok: false, reason: 'the resume data is damaged' };
  }
  if (kind === 'full') {
    const attempt = checked(input);
    if (!attempt.ok || !('attempt' in attempt)) return attempt;
    const { rules, scenarioIds } = attempt.attempt;
    // The hash was taken of the data exactly as it is stored, so it is checked on the stored form.
    if (frozenRubricHash(rules.rubricData as RubricData) !== rules.rubricHash) {
      return { ok: false, reason: "the attempt's saved rubric data was changed after the attempt started, so it was not used" };
    }
    const problem = rulesProblem({ ...rules, trackHash: trackHash(rules.track) }, scenarioIds, shipped);
    return problem ? { ok: false, reason: problem } : attempt;
  }
  const lean = LeanAttemptSchema.safeParse(input);
  if (!lean.success) return { ok: false, reason: 'the saved attempt is not valid (rules)' };
  const problem = rulesProblem(lean.data.rules, lean.data['scenarioIds'], shipped);
  if (problem) return { ok: false, reason: problem };
  const { trackHash: _shippedTrack, ...rules } = lean.data.rules;
  return checked({ ...lean.data, rules: { ...rules, rubricData: shipped.rubricData, track: shipped.track } });
}
