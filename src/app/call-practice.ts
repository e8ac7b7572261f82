import type { CallRecord } from '../engine/records/call-record.ts';
import { practiceOfCall } from '../engine/profile/point-practice.ts';
import type { CallPractice } from '../engine/profile/skills-profile.ts';
import { replayPath } from '../engine/story/replay-path.ts';
import type { Rubrics } from '../platform/rubric-data-source.ts';
import type { StoryLibrary } from './story-library.ts';

/**
 * What the skills profile needs of each practice call, rebuilt as the debrief rebuilds a call:
 * its path replayed against the bundled story it was played on. A call whose scenario has
 * changed since, or cannot be fetched, keeps its triggers but has no choice points.
 */
export async function practiceOfRecords(records: readonly CallRecord[], stories: StoryLibrary, rubrics: Pick<Rubrics, 'analyzer' | 'rules' | 'hash'>): Promise<CallPractice[]> {
  return Promise.all(
    records.map(async (record): Promise<CallPractice> => {
      const base = { id: record.id, endedAt: record.endedAt, scenarioId: record.scenarioId, triggers: record.triggers };
      const entry = stories.find(record.scenarioId);
      if (!entry || entry.hash !== record.storyHash) return { ...base, points: undefined };
      try {
        const { json } = await stories.load(entry.id);
        const session = replayPath(json, record.path, { file: `${entry.id}.ink`, rubricHash: rubrics.hash, shuffle: record.shuffle ?? undefined });
        return { ...base, points: session ? practiceOfCall(session.history, record.choices, rubrics.analyzer, rubrics.rules) : undefined };
      } catch {
        return { ...base, points: undefined };
      }
    }),
  );
}
