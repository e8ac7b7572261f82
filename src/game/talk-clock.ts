/**
 * The talking animations (the caller's mouth, the phone's voice bars) move in steps, a dozen a
 * second like a cartoon's lip flap, rather than every display frame: between two steps nothing
 * changes, so the game loop can sleep and the page keeps its frame rate for the typed text.
 */
export const TALK_STEP_MS = 80;

/** The start of the talking step that `time` falls in: the time the animations are drawn for. */
export function talkStepTime(time: number): number {
  return Math.floor(time / TALK_STEP_MS) * TALK_STEP_MS;
}

/** When the next talking step begins. */
export function nextTalkStep(time: number): number {
  return talkStepTime(time) + TALK_STEP_MS;
}
