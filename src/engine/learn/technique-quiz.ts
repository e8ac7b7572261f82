import type { Technique } from '../schema/rubric-data.ts';
import { keyedRandom, shuffled } from './seeded-draw.ts';

/** Distractors beside the right technique in a "what did you notice?" question. */
export const DISTRACTORS = 3;

/** A short list of techniques to pick from, one of them right. */
export interface TechniqueQuestion {
  /** technique ids in the order shown */
  choices: string[];
  answer: string;
}

/**
 * The right technique and up to {@link DISTRACTORS} others, none of which the line uses (`wrong`
 * holds the candidates), in an order drawn from `key`: the same scenario and step ask the same
 * question every time, and the right answer is not always first.
 */
export function techniqueQuestion(answer: Technique, wrong: readonly Technique[], key: string): TechniqueQuestion {
  const random = keyedRandom(key);
  const distractors = shuffled(wrong.filter((t) => t.id !== answer.id), random).slice(0, DISTRACTORS);
  return { choices: shuffled([answer.id, ...distractors.map((t) => t.id)], random), answer: answer.id };
}
