import type { CuePlayer } from '../audio/cue-player.ts';
import type { Rubrics } from '../platform/rubric-data-source.ts';
import type { CallStage } from './call-stage.ts';
import type { TriggerInfo } from './line-review.ts';

/** Everything a call needs that loads lazily: rubrics, the drawn stage and the sounds. */
export interface CallKit {
  rubrics: Rubrics;
  triggers: ReadonlyMap<string, TriggerInfo>;
  stage: CallStage;
  cues: CuePlayer;
  /** Make the rest of the kit (rubric data, sounds) when the page is next idle; each is made on first use otherwise. Safe to call often. */
  prepare(): void;
}
