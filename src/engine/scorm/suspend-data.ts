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
 * How an attempt is packed, from fullest to smallest: `full` is the whole record, deflated; `lean` leaves out the frozen rubric
 * data and track (the package ships them; their hashes make sure they are the same on resume); `ref` names an attempt that only
 * this browser's records hold.
 */
export type SuspendKind = 'full' | 'lean' | 'ref';

const PREFIX = 'frontline1';

/** The frozen rules as a lean pack keeps them. */
const LeanRulesSchema = z.strictObject({ rubricHash: z.string().min(1), trackHash: z.string().min(1), storyHashes: z.record(z.string(), z.string()) });
const LeanAttemptSchema = z.looseObject({ rules: LeanRulesSchema });

/** What suspend_data gives back: an attempt, the id of one kept in this browser, or why it cannot resume. */
export type Unpacked = { ok: true; attempt: AttemptRecord } | { ok: true; attemptId: string } | { ok: false; reason: string };

/** The rules a lean pack is completed with: the ones the app ships now. */
export interface ShippedRules {
  rubricData: RubricData;
  track: Track;
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

/** Pack an attempt's resume state into at most `limit` characters, the fullest kind that fits. */
export function packSuspendData(attempt: AttemptRecord, limit = SUSPEND_DATA_LIMIT): { kind: SuspendKind; text: string } {
  const full = `${PREFIX}.full.${deflated(attempt)}`;
  if (full.length <= limit) return { kind: 'full', text: full };
  const { rubricHash, storyHashes, track } = attempt.rules;
  const lean = `${PREFIX}.lean.${deflated({ ...attempt, rules: { rubricHash, storyHashes, trackHash: trackHash(track) } })}`;
  if (lean.length <= limit) return { kind: 'lean', text: lean };
  return { kind: 'ref', text: `${PREFIX}.ref.${attempt.id}` };
}

const PackedSchema = z.string().regex(/^frontline1\.(full|lean|ref)\.[A-Za-z0-9+/=_-]+$/, 'not resume data this app wrote');

function inflated(body: string): unknown {
  return JSON.parse(strFromU8(inflateSync(fromBase64(body))));
}

function checked(input: unknown): Unpacked {
  const parsed = AttemptRecordSchema.safeParse(input);
  if (parsed.success) return { ok: true, attempt: parsed.data };
  const issue = parsed.error.issues[0];
  return { ok: false, reason: `the saved attempt is not valid (${issue?.path.join('.') || 'attempt'}: ${issue?.message})` };
}

/** Read suspend_data back (it comes from the LMS, so it is checked); a lean pack is completed with `shipped` when their hashes match. */
export function unpackSuspendData(text: string, shipped: ShippedRules): Unpacked {
  const packed = PackedSchema.safeParse(text);
  if (!packed.success) return { ok: false, reason: 'the LMS returned resume data this app did not write' };
  const [, kind, body] = /^frontline1\.(full|lean|ref)\.(.*)$/.exec(packed.data)!;
  if (kind === 'ref') return { ok: true, attemptId: body! };
  let input: unknown;
  try {
    input = inflated(body!);
  } catch {
    return { ok: false, reason: 'the resume data is damaged' };
  }
  if (kind === 'full') return checked(input);
  const lean = LeanAttemptSchema.safeParse(input);
  if (!lean.success) return { ok: false, reason: 'the saved attempt is not valid (rules)' };
  const { trackHash: savedTrack, ...rules } = lean.data.rules;
  if (savedTrack !== trackHash(shipped.track) || rules.rubricHash !== frozenRubricHash(shipped.rubricData)) {
    return { ok: false, reason: 'the track or rubric data changed since the attempt started, and an attempt cannot continue under other rules' };
  }
  return checked({ ...lean.data, rules: { ...rules, rubricData: shipped.rubricData, track: shipped.track } });
}
