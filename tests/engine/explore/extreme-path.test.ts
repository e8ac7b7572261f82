import { describe, expect, it } from 'vitest';
import { explore, type Exploration, type ExploreNode } from '../../../src/engine/explore/explorer.ts';
import { rateNodes, summarizePaths, walkPaths } from '../../../src/engine/explore/paths.ts';
import { walkCompletePaths } from '../../../src/engine/explore/path-walk.ts';
import { seededRandom } from '../../../src/engine/random.ts';
import type { ScoringRules } from '../../../src/engine/scoring/call-score.ts';
import type { RatedChoice } from '../../../src/engine/scoring/rate-choice.ts';
import { compileFixture, neutralRater, testRules } from '../../helpers/fixtures.ts';

const TRIGGERS = ['calm_down', 'i_dont_know', 'youre_wrong'];

/** A random merged state graph: choice points with 1–3 rated options, endings, dead ends, loops. */
function randomScenario(seed: number): { exploration: Exploration; rated: RatedChoice[][]; rules: ScoringRules } {
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

describe('summarizePaths without enumerating paths', () => {
  it('agrees with walking every path on 3,000 random scenarios: same best, worst, ties and totals', () => {
    let withPaths = 0;
    let withLoops = 0;
    let withTies = 0;
    for (let seed = 1; seed <= 3000; seed++) {
      const { exploration, rated, rules } = randomScenario(seed);
      const exact = summarizePaths(exploration, rated, rules);
      const walked = walkPaths(exploration, rated, rules);
      expect(walked.complete).toBe(true);
      const context = `seed ${seed}`;
      expect(exact.complete, context).toBe(true);
      expect(exact.paths, context).toBe(walked.paths);
      expect(exact.longest, context).toBe(walked.longest);
      expect(exact.rubrics, context).toEqual(walked.rubrics);
      expect(exact.best?.choices, context).toEqual(walked.best?.choices);
      expect(exact.worst?.choices, context).toEqual(walked.worst?.choices);
      expect(exact.best?.ending, context).toBe(walked.best?.ending);
      expect(exact.best?.scores, context).toEqual(walked.best?.scores);
      expect(exact.worst?.scores, context).toEqual(walked.worst?.scores);
      let atBest = 0;
      walkCompletePaths(exploration, rated, rules, ({ scores }) => {
        if (Math.abs(scores.overall - walked.best!.scores.overall) < 1e-9) atBest++;
      });
      if (atBest > 1) withTies++;
      if (walked.paths > 1) withPaths++;
      if (exploration.nodes.some((node) => node.edges.some((edge) => edge.to <= node.id))) withLoops++;
    }
    // The generator must really exercise choice, ties and loops.
    expect(withPaths).toBeGreaterThan(1800);
    expect(withLoops).toBeGreaterThan(1400);
    expect(withTies).toBeGreaterThan(120);
  });
});

describe('best and worst paths of long calls', () => {
  const summary = (name: string) => {
    const { story, json } = compileFixture(name);
    const exploration = explore(story, json);
    expect(exploration.complete).toBe(true);
    return { exploration, summary: summarizePaths(exploration, rateNodes(exploration, neutralRater), testRules) };
  };

  it('answers a 40-choice-point call in a row exactly (3^40 paths, 41 states)', () => {
    const { exploration, summary: result } = summary('long-linear.ink');
    expect(exploration.nodes).toHaveLength(41);
    expect(result.complete).toBe(true);
    expect(result.paths).toBe(3 ** 40);
    expect(result.longest).toBe(40);
    expect(result.best?.choices).toHaveLength(40);
    // Every point has a line best on each rubric, and only every seventh point's third line is a trigger.
    expect(result.best?.scores.overall).toBeGreaterThan(result.worst!.scores.overall);
  });

  it('answers a 30-choice-point branching call with mood exactly', () => {
    const { summary: result } = summary('long-branching.ink');
    expect(result.complete).toBe(true);
    expect(result.paths).toBeGreaterThan(1e12);
    expect(result.best).toBeDefined();
    expect(result.worst).toBeDefined();
  });
});
