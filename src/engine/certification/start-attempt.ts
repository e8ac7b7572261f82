import { contentHash } from '../hash.ts';
import { AttemptRecordSchema, type AttemptRecord } from '../records/attempt-record.ts';
import { canonicalJson } from '../records/canonical-json.ts';
import { RECORD_FORMATS, RECORD_VERSION } from '../records/record-format.ts';
import type { RubricData } from '../schema/rubric-data.ts';
import type { Track } from '../schema/track.ts';
import { AttemptError } from './attempt-error.ts';
import { scenariosForAttempt } from './draw-scenarios.ts';

/** What starting an attempt needs; time, seed and id come from the caller. */
export interface StartAttemptOptions {
  id: string;
  /** the stable id of the trainee's browser */
  traineeId: string;
  candidate: string;
  track: Track;
  data: RubricData;
  /** compiled story hash of every scenario the track may use */
  storyHashes: Readonly<Record<string, string>>;
  now: string;
  /** used when the track does not fix its own seed */
  seed: number;
  attemptNumber: number;
}

/** The seed an attempt draws with: the track's fixed seed plus the attempt number, else the caller's. */
export function attemptSeed(track: Track, attemptNumber: number, seed: number): number {
  const fixed = track.scenarios.order === 'pool' ? track.scenarios.seed : undefined;
  return fixed === undefined ? seed : fixed + attemptNumber;
}

/** The hash a session of this attempt is saved with, so it resumes only under the same frozen rubric data. */
export function frozenRubricHash(data: RubricData): string {
  return contentHash(canonicalJson(data));
}

/** Start an attempt, freezing the rubric data, the track and the hash of each drawn story into it. */
export function startAttempt(options: StartAttemptOptions): AttemptRecord {
  const { track, data, attemptNumber } = options;
  const seed = attemptSeed(track, attemptNumber, options.seed);
  const scenarioIds = scenariosForAttempt(track, seed);
  const storyHashes: Record<string, string> = {};
  for (const id of scenarioIds) {
    const hash = options.storyHashes[id];
    if (hash === undefined) throw new AttemptError(`cannot start ${track.name}: scenario "${id}" has no compiled story`);
    storyHashes[id] = hash;
  }
  return AttemptRecordSchema.parse({
    format: RECORD_FORMATS.attempt,
    version: RECORD_VERSION,
    id: options.id,
    contentId: null,
    traineeId: options.traineeId,
    candidate: options.candidate.trim(),
    trackId: track.id,
    trackName: track.name,
    attemptNumber,
    startedAt: options.now,
    endedAt: null,
    seed,
    scenarioIds,
    // Copies, so a trainer editing the live track or data later cannot reach into this attempt (rubric data is kept as given).
    rules: { rubricData: structuredClone(data), rubricHash: frozenRubricHash(data), track, storyHashes },
    calls: [],
    verdicts: [],
    current: null,
    status: 'in_progress',
  });
}
