import { Story } from 'inkjs';
import { contentHash } from '../hash.ts';
import type { Outcome, ScenarioHeader } from '../schema/tags.ts';
import { readHeader } from './header.ts';
import type { InkStory } from './ink-types.ts';
import { interpretChoiceTags, interpretLine } from './interpret.ts';
import { runSegment, readMood } from './segment.ts';
import {
  SessionSnapshotSchema,
  SNAPSHOT_VERSION,
  type Beat,
  type ChoiceOption,
  type ChoiceRecord,
  type SessionSnapshot,
} from '../schema/session.ts';
import { guardStory, type StoryGuard } from './story-guard.ts';
import { shownOrder } from './shown-order.ts';

/** Raised when a story cannot be played: bad header, bad tags, dead end, runtime error. */
export class StoryPlayError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoryPlayError';
  }
}

/** Why a save could not be resumed: a kind for the code, a reason in words for the trainee and trainer. */
export interface RestoreFailure {
  kind: 'not_a_save' | 'unsupported_version' | 'damaged' | 'story_broken' | 'other_story' | 'other_rubrics' | 'place_lost';
  reason: string;
}

/** A resumed session, or why there is none. */
export type RestoreResult = { ok: true; session: StorySession } | { ok: false; failure: RestoreFailure };

/** What a session needs besides the compiled story. */
export interface SessionOptions {
  /** file name for messages, and the default scenario id */
  file: string;
  /** hash of the rubric data the session is scored with */
  rubricHash: string;
  /** seed for Ink's RANDOM and shuffles; fixed so that a session replays identically */
  seed?: number;
  /** seed of the order the lines of each choice point are shown in; authored order without it */
  shuffle?: number;
}

function fileId(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.(ink|json)$/i, '');
}

/** Plays one scenario: lines out, choices in, a transcript kept, saved and restored exactly. */
export class StorySession {
  readonly header: ScenarioHeader;
  readonly storyHash: string;
  private readonly story: InkStory;
  private readonly guard: StoryGuard;
  private readonly options: SessionOptions;
  private readonly beatLog: Beat[] = [];
  private readonly records: ChoiceRecord[] = [];
  private offered: ChoiceOption[] = [];
  private finished = false;
  private shuffleSeed: number | undefined;

  private constructor(storyJson: string, options: SessionOptions) {
    this.options = options;
    this.storyHash = contentHash(storyJson);
    try {
      this.story = new Story(storyJson);
    } catch (error) {
      throw new StoryPlayError(`${options.file}: not a compiled ink story (${(error as Error).message})`);
    }
    const reading = readHeader(this.story.globalTags ?? [], fileId(options.file));
    if (!reading.ok) throw new StoryPlayError(`${options.file}: ${reading.problems.map((p) => p.message).join('; ')}`);
    this.header = reading.header;
    this.guard = guardStory(this.story);
    this.shuffleSeed = options.shuffle;
  }

  /** Start a scenario from its compiled JSON and play up to the first choice. */
  static start(storyJson: string, options: SessionOptions): StorySession {
    const session = new StorySession(storyJson, options);
    session.story.state.storySeed = options.seed ?? 0;
    session.story.state.previousRandom = 0;
    session.advance(session.story.globalTags?.length ?? 0);
    return session;
  }

  /**
   * Resume a saved session, or say in words why it cannot be: not a save, another format
   * version, damaged, made against another story or rubric version, or a story position that
   * ink cannot load or that is not a choice point. Never throws: whatever inkjs throws on a
   * damaged `inkState` becomes a failure too.
   */
  static tryRestore(storyJson: string, snapshot: unknown, options: SessionOptions): RestoreResult {
    const checked = checkSnapshot(snapshot);
    if ('failure' in checked) return { ok: false, failure: checked.failure };
    const saved = checked.snapshot;
    let session: StorySession;
    try {
      session = new StorySession(storyJson, options);
    } catch (error) {
      return { ok: false, failure: { kind: 'story_broken', reason: `the scenario itself cannot be played (${(error as Error).message.replace(`${options.file}: `, '')})` } };
    }
    if (saved.storyHash !== session.storyHash) {
      return { ok: false, failure: { kind: 'other_story', reason: 'it was made with an earlier version of this scenario' } };
    }
    if (saved.rubricHash !== options.rubricHash) {
      return { ok: false, failure: { kind: 'other_rubrics', reason: 'it was scored with rules that have changed since' } };
    }
    // The order shown is the save's, whatever the caller asks for: a resumed call looks the same.
    session.shuffleSeed = saved.shuffle;
    const placeLost: RestoreResult = { ok: false, failure: { kind: 'place_lost', reason: 'the place it was saved at in the story is damaged or cannot be found' } };
    try {
      session.story.state.LoadJson(saved.inkState);
      // ink loads some damaged positions "approximately" and only warns: that is not the saved place.
      if (session.story.state.hasWarning) return placeLost;
      session.readChoices();
    } catch {
      return placeLost;
    }
    // Saves are made at choice points; a position with nothing to choose is not one.
    if (session.offered.length === 0) return placeLost;
    session.beatLog.push(...saved.beats);
    session.records.push(...saved.choicePoints);
    return { ok: true, session };
  }

  /** Resume a saved session; throws StoryPlayError saying why when it cannot (see tryRestore). */
  static restore(storyJson: string, snapshot: unknown, options: SessionOptions): StorySession {
    const restored = StorySession.tryRestore(storyJson, snapshot, options);
    if (!restored.ok) throw new StoryPlayError(`${options.file}: this save cannot be resumed: ${restored.failure.reason}`);
    return restored.session;
  }

  /** Every beat so far, tags-only ones included. */
  get beats(): readonly Beat[] {
    return this.beatLog;
  }

  /** The lines shown so far, in order. */
  get transcript(): readonly Beat[] {
    return this.beatLog.filter((beat) => beat.text !== '');
  }

  /** The choice points passed so far. */
  get history(): readonly ChoiceRecord[] {
    return this.records;
  }

  /** The lines on offer now, in authored order; empty once the call has ended. */
  get choices(): readonly ChoiceOption[] {
    return this.offered;
  }

  /** The call's shuffle seed, kept in its save and record; undefined when lines keep their authored order. */
  get shuffle(): number | undefined {
    return this.shuffleSeed;
  }

  /** The authored 0-based index of each line on offer, in the order shown to the trainee. */
  get order(): number[] {
    return shownOrder(this.shuffleSeed, this.records.length, this.offered.length);
  }

  /** True once the story has stopped. */
  get ended(): boolean {
    return this.finished;
  }

  /** The last `#outcome` emitted, if any. */
  get outcome(): Outcome | undefined {
    for (let i = this.beatLog.length - 1; i >= 0; i--) {
      const outcome = this.beatLog[i]?.outcome;
      if (outcome) return outcome;
    }
    return undefined;
  }

  /** The customer's mood now (−5 … 5). */
  get mood(): number {
    return readMood(this.story);
  }

  /**
   * Say line `index` (0-based); returns the new beats, starting with the agent's line. With `said`
   * (a reply the trainee typed, taken as line `index`), the transcript shows the reply and the
   * story goes on along the line: the customer reacts as the author wrote it.
   */
  choose(index: number, said?: string): Beat[] {
    const option = this.offered[index];
    if (this.finished || !option) {
      const range = this.offered.length === 0 ? 'no choice is on offer' : `choose 0 to ${this.offered.length - 1}`;
      throw new RangeError(`choice ${index} is not on offer: ${range}`);
    }
    this.records.push(said === undefined ? { offered: this.offered, chosen: index } : { offered: this.offered, chosen: index, said });
    const line: Beat = { speaker: 'agent', text: said ?? option.text, sfx: [], mood: this.mood };
    this.beatLog.push(line);
    this.story.ChooseChoiceIndex(index);
    return [line, ...this.advance(0)];
  }

  /** A versioned, schema-checked snapshot of everything needed to resume. */
  snapshot(): SessionSnapshot {
    return {
      format: 'frontline.session',
      version: SNAPSHOT_VERSION,
      scenarioId: this.header.id,
      storyHash: this.storyHash,
      rubricHash: this.options.rubricHash,
      inkState: this.story.state.toJson(),
      beats: structuredClone(this.beatLog),
      choicePoints: structuredClone(this.records),
      ...(this.shuffleSeed === undefined ? {} : { shuffle: this.shuffleSeed }),
    };
  }

  private advance(dropTags: number): Beat[] {
    const segment = runSegment(this.story, this.guard, dropTags);
    const beats: Beat[] = [];
    for (const line of segment.lines) {
      const { beat, problems } = interpretLine(line);
      if (problems.length > 0) throw new StoryPlayError(`${this.options.file}: ${problems.map((p) => p.message).join('; ')}`);
      beats.push(beat);
    }
    this.beatLog.push(...beats);
    const { end } = segment;
    if (end.kind === 'dead_end' || end.kind === 'loop' || end.kind === 'error') {
      const where = end.line === undefined ? '' : ` (line ${end.line})`;
      throw new StoryPlayError(`${this.options.file}${where}: ${end.message}`);
    }
    this.readChoices();
    return beats;
  }

  private readChoices(): void {
    this.offered = this.story.currentChoices.map((choice) => {
      const { meta, problems } = interpretChoiceTags(choice.tags ?? []);
      if (problems.length > 0) throw new StoryPlayError(`${this.options.file}: ${problems.map((p) => p.message).join('; ')}`);
      return { index: choice.index, text: choice.text.trim(), meta };
    });
    this.finished = this.offered.length === 0 && !this.story.canContinue;
  }
}

/** A snapshot that passed its schema, or why it did not (in words). */
function checkSnapshot(snapshot: unknown): { snapshot: SessionSnapshot } | { failure: RestoreFailure } {
  const head = snapshot as { format?: unknown; version?: unknown } | null;
  if (typeof head !== 'object' || head === null || head.format !== 'frontline.session') {
    return { failure: { kind: 'not_a_save', reason: 'it is not a saved Frontline call' } };
  }
  if (head.version !== SNAPSHOT_VERSION) {
    return { failure: { kind: 'unsupported_version', reason: `it was saved in format version ${String(head.version)}, and this version of Frontline reads version ${SNAPSHOT_VERSION}` } };
  }
  const result = SessionSnapshotSchema.safeParse(snapshot);
  if (!result.success) {
    const where = result.error.issues[0]?.path[0];
    const part = where === 'beats' ? 'the lines said so far' : where === 'choicePoints' ? 'the choices made so far' : 'its contents';
    return { failure: { kind: 'damaged', reason: `part of it is damaged (${part})` } };
  }
  return { snapshot: result.data };
}
