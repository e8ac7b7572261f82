import type { Technique, Trigger } from '../schema/rubric-data.ts';
import type { PointPractice } from './point-practice.ts';

/**
 * How many calls the profile looks back over: the latest 20 practice calls. Skills are like
 * muscles: what the trainee did twenty calls ago says little about today, and twenty calls
 * hold enough choice points (about five each) for each technique to be met several times.
 */
export const RECENT_CALLS = 20;

/** What the profile needs of one practice call. */
export interface CallPractice {
  id: string;
  endedAt: string;
  scenarioId: string;
  /** trigger ids of the lines said, once per line */
  triggers: readonly string[];
  /** its choice points; undefined when the call could not be replayed (its scenario has changed since) */
  points: readonly PointPractice[] | undefined;
}

/** One technique in the profile. */
export interface TechniqueSkill {
  id: string;
  label: string;
  /** the title of the training text it comes from, when the rubric data names one */
  source: string | undefined;
  description: string;
  /** a passage of that text, word for word, when the rubric data has one */
  quote: string | undefined;
  /** choice points where it mattered */
  chances: number;
  /** of those, where the trainee picked the best line */
  best: number;
  /** best ÷ chances, or null when it never mattered */
  share: number | null;
}

/** One trigger family in the profile: how often the trainee's lines fell into it. */
export interface FamilySkill {
  family: string;
  uses: number;
  triggers: { id: string; uses: number }[];
}

export interface SkillsProfile {
  /** the recent calls counted */
  calls: number;
  /** of those, calls whose choice points could not be rebuilt (their triggers still count) */
  unreplayed: number;
  /** how often each scenario was played among the recent calls */
  plays: Record<string, number>;
  techniques: TechniqueSkill[];
  families: FamilySkill[];
}

/** The rubric data the profile names things by. */
export interface ProfileVocabulary {
  techniques: readonly Technique[];
  triggers: readonly Pick<Trigger, 'id' | 'family'>[];
}

/** The latest `count` calls, newest first (by end time, then id, so equal times give one order). */
export function recentCalls<T extends Pick<CallPractice, 'endedAt' | 'id'>>(calls: readonly T[], count = RECENT_CALLS): T[] {
  return [...calls].sort((a, b) => b.endedAt.localeCompare(a.endedAt) || a.id.localeCompare(b.id)).slice(0, count);
}

/** The families of the rubric data in its order, each with its trigger ids. */
function familiesOf(triggers: ProfileVocabulary['triggers']): Map<string, string[]> {
  const families = new Map<string, string[]>();
  for (const trigger of triggers) families.set(trigger.family, [...(families.get(trigger.family) ?? []), trigger.id]);
  return families;
}

/** A profile of counts, without the shares (the shares follow from them). */
function tally(calls: readonly CallPractice[], vocabulary: ProfileVocabulary): SkillsProfile {
  const chances = new Map<string, { chances: number; best: number }>(vocabulary.techniques.map((t) => [t.id, { chances: 0, best: 0 }]));
  const uses = new Map<string, number>();
  const plays: Record<string, number> = {};
  let unreplayed = 0;
  for (const call of calls) {
    plays[call.scenarioId] = (plays[call.scenarioId] ?? 0) + 1;
    for (const id of call.triggers) uses.set(id, (uses.get(id) ?? 0) + 1);
    if (!call.points) {
      unreplayed++;
      continue;
    }
    for (const point of call.points) {
      for (const id of point.techniques) {
        const count = chances.get(id);
        if (!count) continue;
        count.chances++;
        if (point.best) count.best++;
      }
    }
  }
  return {
    calls: calls.length,
    unreplayed,
    plays,
    techniques: vocabulary.techniques.map((t) => {
      const { chances: met, best } = chances.get(t.id)!;
      return { id: t.id, label: t.label, source: t.source, description: t.description, quote: t.quote, chances: met, best, share: met === 0 ? null : best / met };
    }),
    families: [...familiesOf(vocabulary.triggers)].map(([family, ids]) => {
      const triggers = ids.map((id) => ({ id, uses: uses.get(id) ?? 0 }));
      return { family, uses: triggers.reduce((sum, t) => sum + t.uses, 0), triggers };
    }),
  };
}

/** A trainee's skills profile over their recent practice calls (see RECENT_CALLS). */
export function skillsProfile(calls: readonly CallPractice[], vocabulary: ProfileVocabulary, recent = RECENT_CALLS): SkillsProfile {
  return tally(recentCalls(calls, recent), vocabulary);
}

/** Several trainees' profiles added up, count by count: the cohort's profile. */
export function combineProfiles(profiles: readonly SkillsProfile[], vocabulary: ProfileVocabulary): SkillsProfile {
  const sum = tally([], vocabulary);
  for (const profile of profiles) {
    sum.calls += profile.calls;
    sum.unreplayed += profile.unreplayed;
    for (const [id, count] of Object.entries(profile.plays)) sum.plays[id] = (sum.plays[id] ?? 0) + count;
    for (const skill of profile.techniques) {
      const into = sum.techniques.find((t) => t.id === skill.id);
      if (!into) continue;
      into.chances += skill.chances;
      into.best += skill.best;
    }
    for (const family of profile.families) {
      for (const trigger of family.triggers) {
        const into = sum.families.flatMap((f) => f.triggers).find((t) => t.id === trigger.id);
        if (into) into.uses += trigger.uses;
      }
    }
  }
  for (const t of sum.techniques) t.share = t.chances === 0 ? null : t.best / t.chances;
  for (const f of sum.families) f.uses = f.triggers.reduce((total, t) => total + t.uses, 0);
  return sum;
}
