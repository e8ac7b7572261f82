import { RUBRIC_NAMES } from '../engine/schema/rubric-names.ts';
import type { Channel, Outcome, SoundCue } from '../engine/schema/tags.ts';

/** Display names of the four rubrics and the overall score. */
export const RUBRIC_LABELS = RUBRIC_NAMES;

/** A score as shown: a percentage, or "—" when the call did not assess that rubric. */
export function scoreText(value: number | null): string {
  return value === null ? '—' : `${value}%`;
}

/** What "—" means, for a tooltip or a screen reader. */
export const NOT_ASSESSED = 'Not assessed: the lines you were offered never differed on this rubric, so it is left out of your overall score.';

/** How each outcome is named and explained in the debrief. */
export const OUTCOME_LABELS: Record<Outcome, { title: string; detail: string }> = {
  resolved: { title: 'Resolved', detail: 'The problem was solved on the call.' },
  follow_up: { title: 'Follow-up', detail: 'A solution is under way, with a commitment made.' },
  escalated: { title: 'Escalated', detail: 'The customer was handed to a supervisor.' },
  lost: { title: 'Customer lost', detail: 'The customer gave up, hung up or left for a competitor.' },
  ended_by_policy: {
    title: 'Ended by policy',
    detail: 'You acknowledged the anger, set the boundary and warned once; the abuse went on, so you closed the call as policy says.',
  },
};

/** Channel names for the menu. */
export const CHANNEL_LABELS: Record<Channel, string> = { phone: 'Phone', chat: 'Chat', email: 'Email', social: 'Social' };

/** Difficulty names for the menu. */
export const DIFFICULTY_LABELS: Record<1 | 2 | 3, string> = { 1: 'Gentle', 2: 'Tense', 3: 'Hostile' };

/** The caption shown whenever a sound cue plays, for trainees who cannot hear it. */
export const CUE_CAPTIONS: Record<SoundCue, string> = {
  ring: '[phone rings]',
  pickup: '[line picks up]',
  hangup: '[line goes dead]',
  hold: '[hold music]',
  typing: '[typing]',
  chime: '[message chime]',
};
