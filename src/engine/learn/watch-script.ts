import type { Technique } from '../schema/rubric-data.ts';
import type { Beat } from '../schema/session.ts';
import type { Outcome } from '../schema/tags.ts';
import { roundScores, scoreCall, type CallScores, type ScoredPoint, type ScoringRules } from '../scoring/call-score.ts';
import { coachLine } from '../scoring/coaching.ts';
import { rateChoice, type LineRater } from '../scoring/rate-choice.ts';
import { readableSources } from '../scoring/readable-sources.ts';
import { pointTechniques } from '../story/point-techniques.ts';
import { StorySession } from '../story/session.ts';
import { techniqueQuestion, type TechniqueQuestion } from './technique-quiz.ts';
import { practisedTechniques, techniquesUsed } from './technique-use.ts';

/** A line of the call as Watch shows it. */
export interface ScriptLine {
  speaker: Beat['speaker'];
  text: string;
}

/** One pause of the model call: what was heard, the lines on offer, the model's pick, the question and its explanation. */
export interface WatchPoint {
  /** the lines heard since the previous choice point (the opening, before the first) */
  before: ScriptLine[];
  /** the lines on offer, in authored order */
  options: string[];
  /** the line the model agent says: a 0-based index into `options` */
  picked: number;
  /** what the trainee is asked before the explanation; undefined when the line does none of the techniques better than the others */
  question: TechniqueQuestion | undefined;
  /** the technique the model line uses: the question's answer */
  technique: Technique | undefined;
  /** the coach's verdict on the model line against the others on offer */
  verdict: string;
  /** the scenario author's note on the model line, training texts named by title */
  note: string | undefined;
}

/** A model call from start to end, paused at every choice point. */
export interface WatchScript {
  points: WatchPoint[];
  /** the lines after the model's last choice, to the end of the call */
  closing: ScriptLine[];
  outcome: Outcome | null;
  scores: CallScores;
}

const shown = (beats: readonly Beat[]): ScriptLine[] => beats.filter((b) => b.text !== '').map(({ speaker, text }) => ({ speaker, text }));

/**
 * The Watch step's script: the call played along `path` (0-based authored choices; the engine's
 * exact best path) with, at each choice point, the technique the model line uses (of the
 * point's `#technique:` tags, the first it does well, see `techniquesUsed`; else the point's
 * first tag) asked as a question beside techniques the point is not about.
 */
export function watchScript(storyJson: string, file: string, path: readonly number[], rater: LineRater, rules: ScoringRules): WatchScript {
  const session = StorySession.start(storyJson, { file, rubricHash: '' });
  const vocabulary = rules.techniques ?? [];
  let heard = shown(session.beats);
  const points: WatchPoint[] = [];
  const scored: ScoredPoint[] = [];
  for (const [step, picked] of path.entries()) {
    const offered = session.choices;
    if (!offered[picked]) throw new RangeError(`${file}: choice ${picked + 1} at step ${step + 1} is not on offer`);
    const rated = offered.map((option) => rateChoice(option, rater));
    const practised = pointTechniques(offered);
    const used = techniquesUsed(rated, picked, vocabulary, practised);
    const technique = used[0] ?? practisedTechniques(vocabulary, practised)[0];
    // What the point is not about: techniques it is not tagged with, and (at an untagged point) that the line does not do.
    const wrong = vocabulary.filter((t) => !practised.includes(t.id) && !used.includes(t) && t !== technique);
    const coaching = coachLine(rated, picked, rules);
    scored.push({ offered: rated, chosen: picked });
    points.push({
      before: heard,
      options: offered.map((o) => o.text),
      picked,
      question: technique && wrong.length > 0 ? techniqueQuestion(technique, wrong, `${session.header.id}:watch:${step}`) : undefined,
      technique,
      verdict: coaching.verdict,
      note: rated[picked]!.feedback === undefined ? undefined : readableSources(rated[picked]!.feedback!),
    });
    heard = shown(session.choose(picked).slice(1));
  }
  return { points, closing: heard, outcome: session.outcome ?? null, scores: roundScores(scoreCall(scored, rules)) };
}
