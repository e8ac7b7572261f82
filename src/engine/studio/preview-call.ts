import type { Analyzer } from '../analyzer/types.ts';
import { ChoiceLines } from '../check/choice-lines.ts';
import { scanSource } from '../check/source-scan.ts';
import type { Beat } from '../schema/session.ts';
import { reportCall, type CallReport } from '../scoring/call-report.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import { coachLine, type Coaching } from '../scoring/coaching.ts';
import { rateChoice, type RatedChoice } from '../scoring/rate-choice.ts';
import { StorySession } from '../story/session.ts';
import { gradeChoices, ratingsShort, type ChoiceGrade } from './choice-grade.ts';
import { SourceText } from './source-text.ts';

/** What a preview needs: the compiled story, its source (to find lines), and the scoring the game uses. */
export interface PreviewInput {
  file: string;
  json: string;
  source: string;
  analyzer: Analyzer;
  rules: ScoringRules;
}

/** A line of the call as the trainee saw it, with where it was written. */
export interface PreviewLine {
  speaker: Beat['speaker'];
  text: string;
  /** the 1-based source line that prints it, when it can be found */
  line: number | undefined;
  /** for the agent's lines: the choice point (0-based) it answered, to restart from there */
  step?: number;
  /** for the agent's lines: its ratings, grade against the lines on offer, and the coach's note, as the game shows them */
  rated?: { ratings: string; grade: ChoiceGrade; coaching: Coaching; line: RatedChoice };
}

/** A line on offer now, with where it was written. */
export interface PreviewOption {
  text: string;
  line: number;
}

/**
 * Plays a scenario as a trainee would, with the game's own session, ratings, coaching and call
 * report, so the preview's scores are the game's and `frontline play --choose`'s. Lines are in
 * authored order (no shuffle), numbered as `--choose` numbers them.
 */
export class PreviewCall {
  private session: StorySession | undefined;
  /** how many of the session's beats are shown already */
  private seen = 0;
  private shown: PreviewLine[] = [];
  private picks: number[] = [];
  private stopped: string | undefined;
  private lastLine = 0;
  private readonly text: SourceText;
  private readonly choiceLines: ChoiceLines;

  constructor(private readonly input: PreviewInput) {
    this.text = new SourceText(input.source);
    this.choiceLines = new ChoiceLines(scanSource(input.source).choices);
    this.restartAt(0);
  }

  /** The lines so far. */
  get lines(): readonly PreviewLine[] {
    return this.shown;
  }

  /** The 0-based authored choices made so far. */
  get path(): readonly number[] {
    return this.picks;
  }

  /** The lines on offer now; none once the call has ended or stopped. */
  get options(): PreviewOption[] {
    if (this.stopped !== undefined || !this.session) return [];
    return this.session.choices.map((o) => ({ text: o.text, line: this.choiceLines.lineOf(o.text) }));
  }

  /** True once the story reached an ending. */
  get ended(): boolean {
    return this.stopped === undefined && this.session?.ended === true;
  }

  /** Why the story stopped short of an ending (a dead end, a runtime error), in words. */
  get problem(): string | undefined {
    return this.stopped;
  }

  /** The call's report (scores, outcome) exactly as the debrief and the CLI compute it; none when the story could not start. */
  report(): CallReport | undefined {
    return this.session && reportCall(this.session, this.input.analyzer, this.input.rules);
  }

  /** Say line `index` (0-based, authored order). */
  choose(index: number): void {
    const session = this.session;
    if (this.stopped !== undefined || !session?.choices[index]) throw new RangeError(`line ${index + 1} is not on offer`);
    const offered = session.choices.map((o) => rateChoice(o, this.input.analyzer));
    const step = this.picks.length;
    this.picks.push(index);
    const rated = offered[index]!;
    const said: PreviewLine = {
      speaker: 'agent',
      text: rated.text,
      line: this.choiceLines.lineOf(rated.text),
      step,
      rated: { ratings: ratingsShort(rated), grade: gradeChoices(offered, this.input.rules)[index]!, coaching: coachLine(offered, index, this.input.rules), line: rated },
    };
    this.shown.push(said);
    this.lastLine = said.line ?? this.lastLine;
    this.play(() => session.choose(index));
  }

  /** Start again, then make the first `step` choices made so far again: restart from an earlier choice point. */
  restartAt(step: number): void {
    const again = this.picks.slice(0, step);
    this.shown = [];
    this.picks = [];
    this.stopped = undefined;
    this.lastLine = 0;
    this.seen = 0;
    this.session = undefined;
    this.play(() => {
      this.session = StorySession.start(this.input.json, { file: this.input.file, rubricHash: '' });
    });
    for (const pick of again) if (this.stopped === undefined) this.choose(pick);
  }

  private play(run: () => unknown): void {
    try {
      run();
    } catch (error) {
      // The session throws on a dead end or runtime error: the preview shows why and stops there.
      this.stopped = (error as Error).message;
    }
    // The session keeps the lines said before it stopped: show them too.
    const beats = this.session?.beats ?? [];
    for (const beat of beats.slice(this.seen)) this.show(beat);
    this.seen = beats.length;
  }

  private show(beat: Beat): void {
    // The agent's lines are shown when chosen, with their ratings.
    if (beat.text === '' || beat.speaker === 'agent') return;
    const line = this.text.lineOf(beat.text, this.lastLine);
    if (line !== undefined) this.lastLine = line;
    this.shown.push({ speaker: beat.speaker, text: beat.text, line });
  }
}
