import type { SkillsProfile, TechniqueSkill } from './skills-profile.ts';

/** A scenario as the recommendation weighs it. */
export interface PractiseRef {
  id: string;
  title: string;
  difficulty: number;
  /** the techniques it practises at a choice point whose lines differ on them (the checker's coverage) */
  practises: readonly string[];
}

/** The next call to take, and why. */
export interface Recommendation {
  scenarioId: string;
  title: string;
  /** the technique it is for; null for a first call */
  technique: Pick<TechniqueSkill, 'id' | 'label' | 'source'> | null;
  why: string;
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** Among the scenarios that practise a technique: the one played least lately, then the easier, then by id. */
function scenarioFor(technique: string, scenarios: readonly PractiseRef[], plays: Readonly<Record<string, number>>): PractiseRef | undefined {
  return scenarios
    .filter((s) => s.practises.includes(technique))
    .sort((a, b) => (plays[a.id] ?? 0) - (plays[b.id] ?? 0) || a.difficulty - b.difficulty || a.id.localeCompare(b.id))[0];
}

/**
 * The weakest technique: the lowest share of best lines among those met; on a tie, the one met
 * more often (the surer weakness), then the rubric data's order. When every technique met was
 * done perfectly, one not met yet comes first, since nothing is known of it.
 */
function weakest(skills: readonly TechniqueSkill[], practisable: (id: string) => boolean): { skill: TechniqueSkill; met: boolean } | undefined {
  const met = skills.filter((s) => s.share !== null && practisable(s.id));
  const ranked = [...met].sort((a, b) => a.share! - b.share! || b.chances - a.chances);
  const first = ranked[0];
  if (first && first.share! < 1) return { skill: first, met: true };
  const unmet = skills.find((s) => s.share === null && practisable(s.id));
  if (unmet) return { skill: unmet, met: false };
  return first ? { skill: first, met: true } : undefined;
}

/** The "why" in the trainee's words, quoting the technique's training text by its title. */
function whyText(skill: TechniqueSkill, met: boolean, title: string): string {
  const record = met
    ? `Over your recent calls you picked the best line ${skill.best} of ${skill.chances} ${skill.chances === 1 ? 'time' : 'times'} (${percent(skill.share!)}) where “${skill.label}” mattered: your weakest technique.`
    : `You have not yet met a choice where “${skill.label}” mattered.`;
  const quote = skill.source === undefined ? skill.description : skill.quote === undefined ? `${skill.description} (“${skill.source}”)` : `From “${skill.source}”: “${skill.quote}”`;
  return `${record} “${title}” practises it. ${quote}`;
}

/**
 * The next call: the scenario that practises the trainee's weakest technique. With no calls yet,
 * the easiest scenario that practises the most techniques, as a first call.
 */
export function recommendNext(profile: SkillsProfile, scenarios: readonly PractiseRef[]): Recommendation | undefined {
  if (profile.calls === 0) {
    const first = [...scenarios].sort((a, b) => a.difficulty - b.difficulty || b.practises.length - a.practises.length || a.id.localeCompare(b.id))[0];
    if (!first) return undefined;
    const names = profile.techniques.filter((t) => first.practises.includes(t.id)).map((t) => `“${t.label}”`);
    const practises = names.length > 0 ? ` It practises ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`}.` : '';
    return { scenarioId: first.id, title: first.title, technique: null, why: `You have no practice calls yet. “${first.title}” is a good first call: among the easiest, with the most to practise.${practises}` };
  }
  const pick = weakest(profile.techniques, (id) => scenarios.some((s) => s.practises.includes(id)));
  if (!pick) return undefined;
  const scenario = scenarioFor(pick.skill.id, scenarios, profile.plays)!;
  const { id, label, source } = pick.skill;
  return { scenarioId: scenario.id, title: scenario.title, technique: { id, label, source }, why: whyText(pick.skill, pick.met, scenario.title) };
}
