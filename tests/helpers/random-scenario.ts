import type { Exploration, ExploreNode } from '../../src/engine/explore/explorer.ts';
import { seededRandom } from '../../src/engine/random.ts';
import { OUTCOMES } from '../../src/engine/schema/tags.ts';
import type { ScoringRules } from '../../src/engine/scoring/call-score.ts';
import type { RatedChoice } from '../../src/engine/scoring/rate-choice.ts';

const TRIGGERS = ['calm_down', 'i_dont_know', 'youre_wrong'];

/** A random merged state graph: choice points with 1–3 rated options, endings, dead ends, loops. */
export function randomScenario(seed: number): { exploration: Exploration; rated: RatedChoice[][]; rules: ScoringRules } {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const size = 2 + pick(9);
  const nodes: ExploreNode[] = [];
  const rated: RatedChoice[][] = [];
  const rating = () => (random() < 0.3 ? 0 : pick(5) - 2);
  for (let id = 0; id < size; id++) {
    const roll = random();
    const kind = id === size - 1 ? 'ending' : id === 0 || roll < 0.65 ? 'choice' : roll < 0.92 ? 'ending' : 'dead_end';
    const node: ExploreNode = { id, kind, options: [], outcome: undefined, mood: 0, edges: [] };
    const options: RatedChoice[] = [];
    if (kind === 'choice') {
      const count = 1 + pick(3);
      for (let index = 0; index < count; index++) {
        node.options.push({ index, text: `option ${index}`, meta: { ratings: {} } });
        options.push({
          text: `option ${index}`,
          ratings: { empathy: rating(), ownership: rating(), expectations: rating() },
          triggers: random() < 0.25 ? [TRIGGERS[pick(3)]!, ...(random() < 0.3 ? [TRIGGERS[pick(3)]!] : [])] : [],
          sources: { empathy: 'author', ownership: 'author', expectations: 'author', triggers: 'author' },
        });
        // Mostly forward (a tree-like call), sometimes back (a hub the caller returns to).
        const to = random() < 0.75 ? Math.min(size - 1, id + 1 + pick(3)) : pick(size);
        node.edges.push({ choice: index, to, beats: [] });
      }
    }
    nodes.push(node);
    rated.push(options);
  }
  const weight = () => (random() < 0.15 ? 0 : 1 + pick(3));
  const rules: ScoringRules = {
    weights: { empathy: weight(), ownership: weight(), expectations: weight(), triggers: weight() },
    penalties: { calm_down: 25, i_dont_know: 40, youre_wrong: 60 },
  };
  const exploration: Exploration = {
    nodes,
    openingBeats: [],
    root: 0,
    complete: true,
    visited: new Set(),
    mood: { min: 0, max: 0 },
    tagProblems: [],
  };
  return { exploration, rated, rules };
}


/**
 * Give a random scenario's endings outcomes and source lines (often shared: several merged
 * endings on one `-> END`), its choice points a mood, and its edges beats that move the mood,
 * drawn from their own generator so the scenario itself stays the same.
 */
export function withOutcomes(scenario: ReturnType<typeof randomScenario>, seed: number): ReturnType<typeof randomScenario> {
  const random = seededRandom(seed * 7919 + 1);
  const pick = (n: number) => Math.floor(random() * n);
  for (const node of scenario.exploration.nodes) {
    node.mood = pick(11) - 5;
    if (node.kind === 'ending') {
      const outcome = random() < 0.9 ? OUTCOMES[pick(OUTCOMES.length)] : undefined;
      node.outcome = outcome;
      node.stop = { kind: 'end', path: `end.${node.id}`, line: 10 + pick(3) };
    }
    for (const edge of node.edges) {
      edge.beats = random() < 0.3 ? [] : Array.from({ length: 1 + pick(2) }, () => ({ speaker: 'customer' as const, text: 'line', sfx: [], mood: pick(11) - 5 }));
    }
  }
  return scenario;
}
