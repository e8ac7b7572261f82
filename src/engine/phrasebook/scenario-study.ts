import { scenarioCoverage, techniquesThatMatter } from '../check/coverage.ts';
import type { Exploration } from '../explore/explorer.ts';
import type { Beat } from '../schema/session.ts';
import type { ScenarioHeader } from '../schema/tags.ts';
import { lineValues } from '../scoring/best-on-offer.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';

/** One choice point of a scenario worth learning from: what the customer said and the best line to answer it. */
export interface StudyPoint {
  customer: string;
  answer: string;
  /** the techniques that matter at this point */
  techniques: string[];
}

/** What the phrasebook and the profile's recommendation know of one scenario. */
export interface ScenarioStudy {
  id: string;
  title: string;
  channel: ScenarioHeader['channel'];
  difficulty: number;
  summary: string;
  /** the techniques it practises (the checker's coverage) */
  practises: string[];
  points: StudyPoint[];
}

/** The customer's words just before the agent speaks: their lines after the agent's last one, together. */
function customerWords(beats: readonly Beat[]): string | undefined {
  const lastAgent = beats.findLastIndex((b) => b.speaker === 'agent');
  const words = beats.slice(lastAgent + 1).filter((b) => b.speaker === 'customer' && b.text.trim() !== '').map((b) => b.text.trim());
  return words.length > 0 ? words.join(' ') : undefined;
}

/**
 * The choice points of the scenario's model call (its exact best path, `best`: 0-based choices)
 * where one line is better than another, each with the customer's words before it and the line
 * the model agent says, once per customer line and answer; and the techniques the scenario
 * practises on any path (the checker's coverage). `rated[i]` rates node i's lines.
 */
export function studyScenario(
  header: ScenarioHeader,
  exploration: Exploration,
  rated: readonly (readonly RatedChoice[])[],
  best: readonly number[] | null,
  rules: ScoringRules,
): ScenarioStudy {
  const techniques = rules.techniques ?? [];
  const points: StudyPoint[] = [];
  const seen = new Set<string>();
  let customer = customerWords(exploration.openingBeats);
  let node = exploration.nodes[exploration.root];
  for (const choice of best ?? []) {
    if (!node) break;
    const options = rated[node.id] ?? [];
    const values = lineValues(options, rules);
    const answer = options[choice]?.text;
    if (customer !== undefined && answer !== undefined && options.length > 1 && Math.max(...values) - Math.min(...values) > 1e-9 && !seen.has(`${customer}\n${answer}`)) {
      seen.add(`${customer}\n${answer}`);
      points.push({ customer, answer, techniques: techniquesThatMatter(options, techniques) });
    }
    const edge = node.edges.find((e) => e.choice === choice);
    if (!edge) break;
    customer = customerWords(edge.beats) ?? customer;
    node = exploration.nodes[edge.to];
  }
  const { id, title, channel, difficulty, summary } = header;
  return { id, title, channel, difficulty, summary, practises: scenarioCoverage(exploration, rated, techniques).techniques, points };
}
