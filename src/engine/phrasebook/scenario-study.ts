import { nodesOnCompletePaths, scenarioCoverage, techniquesThatMatter } from '../check/coverage.ts';
import type { Exploration } from '../explore/explorer.ts';
import type { Beat } from '../schema/session.ts';
import type { ScenarioHeader } from '../schema/tags.ts';
import { bestOnOffer, lineValues } from '../scoring/best-on-offer.ts';
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

/** For each node, what the customer last said on the shortest way there from the start. */
function customerBefore(exploration: Exploration): Map<number, string> {
  const said = new Map<number, string>();
  const opening = customerWords(exploration.openingBeats);
  if (opening !== undefined) said.set(exploration.root, opening);
  const seen = new Set([exploration.root]);
  const queue = [exploration.root];
  for (let at = queue.shift(); at !== undefined; at = queue.shift()) {
    for (const edge of exploration.nodes[at]?.edges ?? []) {
      if (seen.has(edge.to)) continue;
      seen.add(edge.to);
      const words = customerWords(edge.beats) ?? said.get(at);
      if (words !== undefined) said.set(edge.to, words);
      queue.push(edge.to);
    }
  }
  return said;
}

/**
 * The scenario's choice points on complete paths where one line is better than another, each
 * with the customer's words before it and its best line (the first best in authored order), once
 * per customer line and answer; and the techniques it practises. `rated[i]` rates node i's lines.
 */
export function studyScenario(header: ScenarioHeader, exploration: Exploration, rated: readonly (readonly RatedChoice[])[], rules: ScoringRules): ScenarioStudy {
  const techniques = rules.techniques ?? [];
  const live = nodesOnCompletePaths(exploration);
  const said = customerBefore(exploration);
  const points: StudyPoint[] = [];
  const seen = new Set<string>();
  for (const node of exploration.nodes) {
    const options = rated[node.id] ?? [];
    const customer = said.get(node.id);
    if (node.kind !== 'choice' || !live.has(node.id) || options.length < 2 || customer === undefined) continue;
    const values = lineValues(options, rules);
    if (Math.max(...values) - Math.min(...values) < 1e-9) continue;
    const answer = options[bestOnOffer(options, rules)[0]!]!.text;
    const key = `${customer}\n${answer}`;
    if (seen.has(key)) continue;
    seen.add(key);
    points.push({ customer, answer, techniques: techniquesThatMatter(options, techniques) });
  }
  const { id, title, channel, difficulty, summary } = header;
  return { id, title, channel, difficulty, summary, practises: scenarioCoverage(exploration, rated, techniques).techniques, points };
}
