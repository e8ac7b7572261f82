import type { Technique, Trigger } from '../schema/rubric-data.ts';
import { bestOnOffer, lineValues } from '../scoring/best-on-offer.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import { coachLine } from '../scoring/coaching.ts';
import { rateChoice, type LineRater, type RatedChoice } from '../scoring/rate-choice.ts';
import { pointTechniques } from '../story/point-techniques.ts';
import { StorySession } from '../story/session.ts';
import { keyedRandom, shuffled } from './seeded-draw.ts';
import { practisedTechniques, techniquesUsed, usesTechnique } from './technique-use.ts';
import type { ScriptLine } from './watch-script.ts';

/** Techniques offered to mark a line with besides those that matter at its choice point. */
export const TEACH_DISTRACTORS = 2;

/** What a trigger is to the Teach step: its family and why it hurts, from the rubric data. */
export type TriggerFacts = Pick<Trigger, 'id' | 'family' | 'explanation'>;

/** The engine's own reading of one line of the call being graded: the answer key, with the reasons the review gives. */
export interface TeachKey {
  /** ids of the techniques the choice point is about (its `#technique:` tags) that the line does well (see `usesTechnique`); empty: none of them */
  techniques: string[];
  /** trigger ids the line carries, as scoring rates it; empty: none */
  triggers: string[];
  /** 0-based indexes into the options of the best lines on offer; the line said is among them when it was the best */
  better: number[];
  /** why, per mark, in words */
  why: { technique: string; trigger: string; better: string };
}

/** One agent line of another agent's call, with what the grader may mark it with. */
export interface TeachLine {
  /** the lines heard since the previous agent line */
  before: ScriptLine[];
  /** the lines on offer at this choice point, in authored order */
  options: string[];
  /** the line the other agent said: a 0-based index into `options` */
  said: number;
  /** whether the generator picked a good line (the best on offer) or a weak one here */
  kind: 'good' | 'weak';
  /** technique ids the grader chooses from, in the order shown (besides "none of these") */
  techniqueChoices: string[];
  key: TeachKey;
}

/** Another agent's call, to grade. */
export interface TeachCall {
  seed: number;
  lines: TeachLine[];
  /** the lines after the last agent line */
  closing: ScriptLine[];
}

const shown = (beats: readonly { speaker: ScriptLine['speaker']; text: string }[]): ScriptLine[] => beats.filter((b) => b.text !== '').map(({ speaker, text }) => ({ speaker, text }));

/** The weakest line on offer by how much it moves the call (the first of equals). */
function weakest(rated: readonly RatedChoice[], rules: ScoringRules): number {
  const values = lineValues(rated, rules);
  return values.indexOf(Math.min(...values));
}

function listWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}

function keyOf(rated: readonly RatedChoice[], said: number, matter: readonly Technique[], triggers: ReadonlyMap<string, TriggerFacts>, rules: ScoringRules): TeachKey {
  const line = rated[said]!;
  const used = matter.filter((t) => usesTechnique(rated, said, t));
  const best = bestOnOffer(rated, rules);
  const coaching = coachLine(rated, said, rules);
  const triggerIds = [...new Set(line.triggers)];
  const technique =
    used.length > 0
      ? `It does ${listWords(used.map((t) => t.label.toLowerCase()))}: on what ${used.length === 1 ? 'that technique is' : 'those techniques are'} measured by, no line on offer rates higher.`
      : 'It does none of the techniques this point is about better than the other lines on offer.';
  const trigger =
    triggerIds.length > 0
      ? triggerIds.map((id) => `“${triggers.get(id)?.family ?? id}”: ${triggers.get(id)?.explanation ?? ''}`.trim()).join(' ')
      : 'It carries no trigger phrase.';
  const better = best.includes(said)
    ? `${coaching.verdict} So no line on offer was better.`
    : `${coaching.verdict} Better: “${rated[best[0]!]!.text}”`;
  return { techniques: used.map((t) => t.id), triggers: triggerIds, better: best, why: { technique, trigger, better } };
}

/**
 * Another agent's call through a scenario, for the Teach step: at each choice point the agent
 * says the best line on offer (good) or the weakest (weak), drawn from `seed`, the first two
 * points always one of each so that every call mixes them. Each line comes with the techniques
 * to mark it with (those the point is about, its `#technique:` tags, and {@link TEACH_DISTRACTORS}
 * it is not about, in a drawn order) and the engine's own answer key.
 * The same scenario and seed give the same call.
 */
export function teachCall(storyJson: string, file: string, seed: number, rater: LineRater, rules: ScoringRules, triggerList: readonly TriggerFacts[]): TeachCall {
  const session = StorySession.start(storyJson, { file, rubricHash: '' });
  const random = keyedRandom(`${session.header.id}:teach:${seed}`);
  const vocabulary = rules.techniques ?? [];
  const triggers = new Map(triggerList.map((t) => [t.id, t] as const));
  const lines: TeachLine[] = [];
  let heard = shown(session.beats);
  while (!session.ended) {
    const offered = session.choices;
    const rated = offered.map((option) => rateChoice(option, rater));
    const step = lines.length;
    const drawn: TeachLine['kind'] = random() < 0.5 ? 'good' : 'weak';
    const kind = step === 1 ? (lines[0]!.kind === 'good' ? 'weak' : 'good') : drawn;
    const best = bestOnOffer(rated, rules)[0]!;
    const said = kind === 'good' ? best : weakest(rated, rules);
    const practised = pointTechniques(offered);
    const matter = practised.length > 0 ? practisedTechniques(vocabulary, practised) : techniquesUsed(rated, best, vocabulary, practised);
    const others = vocabulary.filter((t) => !matter.includes(t) && (practised.length > 0 || !rated.some((_, i) => usesTechnique(rated, i, t))));
    const choices = shuffled([...matter, ...shuffled(others, random).slice(0, TEACH_DISTRACTORS)], random);
    lines.push({
      before: heard,
      options: offered.map((o) => o.text),
      said,
      kind,
      techniqueChoices: choices.map((t) => t.id),
      key: keyOf(rated, said, matter, triggers, rules),
    });
    heard = shown(session.choose(said).slice(1));
  }
  return { seed, lines, closing: heard };
}
