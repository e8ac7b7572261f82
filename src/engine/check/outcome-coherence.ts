import type { Exploration } from '../explore/explorer.ts';
import { walkCompletePaths } from '../explore/path-walk.ts';
import type { Outcome } from '../schema/tags.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';

/** Marks that make an ending disagree with how the call went (the issue-10 contract). */
export const COHERENCE = { goodEndingMoodAtMost: -3, goodEndingOverallUnder: 50, badEndingOverallFrom: 80 } as const;

const GOOD: readonly Outcome[] = ['resolved', 'follow_up'];
const BAD: readonly Outcome[] = ['lost', 'escalated'];

/** An ending reached on a path that contradicts it, with the most telling such path. */
export interface IncoherentEnding {
  /** source line of the ending */
  line: number;
  outcome: Outcome;
  reason: 'low_mood' | 'low_overall' | 'high_overall';
  mood: number;
  overall: number;
  /** the lines said on that path */
  said: string[];
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The customer's mood at the end of a path of 0-based choices. */
function moodAtEnd(exploration: Exploration, choices: readonly number[]): { mood: number; said: number[] } {
  let id = exploration.root;
  let mood = exploration.openingBeats.at(-1)?.mood ?? exploration.nodes[id]?.mood ?? 0;
  const said: number[] = [];
  for (const choice of choices) {
    const node = exploration.nodes[id]!;
    mood = node.mood;
    const edge = node.edges.find((e) => e.choice === choice)!;
    said.push(id);
    mood = edge.beats.at(-1)?.mood ?? mood;
    id = edge.to;
  }
  return { mood, said };
}

/**
 * Every ending a complete path reaches while contradicting it: a resolved or follow-up ending
 * with the customer at mood −3 or below or an overall under 50, or a lost or escalated ending at
 * an overall of 80 or more. One finding per ending and reason, with its most extreme path.
 */
export function findIncoherentEndings(exploration: Exploration, rated: readonly RatedChoice[][], rules: ScoringRules): IncoherentEnding[] {
  const found = new Map<string, IncoherentEnding>();
  const note = (finding: IncoherentEnding, worse: (a: IncoherentEnding, b: IncoherentEnding) => boolean) => {
    const key = `${finding.line} ${finding.reason}`;
    const known = found.get(key);
    if (!known || worse(finding, known)) found.set(key, finding);
  };
  walkCompletePaths(exploration, rated as RatedChoice[][], rules, ({ choices, ending, scores }) => {
    const node = exploration.nodes[ending]!;
    const outcome = node.outcome;
    if (!outcome) return;
    const overall = round(scores.overall);
    const good = GOOD.includes(outcome);
    const bad = BAD.includes(outcome);
    if (!good && !bad) return;
    const end = moodAtEnd(exploration, choices);
    const make = (reason: IncoherentEnding['reason']): IncoherentEnding => ({
      line: node.stop?.line ?? 1,
      outcome,
      reason,
      mood: end.mood,
      overall,
      said: end.said.map((id, i) => rated[id]![choices[i]!]!.text),
    });
    if (good && end.mood <= COHERENCE.goodEndingMoodAtMost) note(make('low_mood'), (a, b) => a.mood < b.mood);
    if (good && overall < COHERENCE.goodEndingOverallUnder) note(make('low_overall'), (a, b) => a.overall < b.overall);
    if (bad && overall >= COHERENCE.badEndingOverallFrom) note(make('high_overall'), (a, b) => a.overall > b.overall);
  });
  return [...found.values()].sort((a, b) => a.line - b.line);
}
