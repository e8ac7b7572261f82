// Opening a call's story session (new, resumed or replayed) and the words for a story that fails, apart from
// the running call itself.
import { StorySession } from '../engine/story/session.ts';
import { drawShuffleSeed } from '../engine/story/shown-order.ts';
import type { CallFailure, CallOptions, CallStart } from './call-controller.ts';

/** Start the session a call begins with; a save the engine refuses is set aside. */
export function openSession(options: CallOptions, start: CallStart): StorySession | CallFailure {
  const { scenario, saves } = options;
  const opts = { file: `${scenario.id}.ink`, rubricHash: options.scoring.hash };
  if (start.kind === 'resume') {
    const restored = StorySession.tryRestore(scenario.json, start.save.snapshot, opts);
    if (restored.ok) return restored.session;
    saves.refuseCall(scenario.id, restored.failure.reason);
    return { kind: 'save_refused', reason: restored.failure.reason };
  }
  try {
    // A new call draws the order its lines are shown in; a replay keeps the order of the call it replays.
    const shuffle = start.kind === 'replay' && start.shuffle !== undefined ? start.shuffle : drawShuffleSeed(Math.random);
    const session = StorySession.start(scenario.json, { ...opts, shuffle });
    if (start.kind === 'replay') for (const pick of start.path) session.choose(pick);
    return session;
  } catch (error) {
    return storyFailed(options, plainReason(error, opts.file));
  }
}

/** An error's message without the file name the engine puts first. */
export function plainReason(error: unknown, file: string): string {
  return (error instanceof Error ? error.message : String(error)).replace(`${file}: `, '').replace(/\.$/, '');
}

/** Say, for the trainee, that the story broke; the details are for the trainer. */
export function storyFailed(options: CallOptions, reason: string): CallFailure {
  const title = options.scenario.header.title;
  return {
    kind: 'story_failed',
    message: `The story of “${title}” ran into an error, so this call cannot go on. Your call up to your last line is kept, set aside for your trainer to look at. Details for your trainer: ${reason}.`,
  };
}
