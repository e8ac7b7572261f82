import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reviewAttempt, type ReviewScenario } from '../../../src/engine/certification/attempt-review.ts';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { startAttempt } from '../../../src/engine/certification/start-attempt.ts';
import { contentHash } from '../../../src/engine/hash.ts';
import { parseTrack } from '../../../src/engine/schema/track.ts';
import { reportCall, type CallReport } from '../../../src/engine/scoring/call-report.ts';
import { compileInk } from '../../../src/engine/story/compile.ts';
import { StorySession } from '../../../src/engine/story/session.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';
import { ANN_ID, at, T0 } from '../records/record-fixtures.ts';

const { analyzer, rules, data } = shippedRubrics();

function compiled(id: string): ReviewScenario & { id: string } {
  const result = compileInk(readFileSync(`stories/${id}.ink`, 'utf8'));
  if (!result.ok) throw new Error(`${id} does not compile`);
  const session = StorySession.start(result.json, { file: `${id}.ink`, rubricHash: '' });
  return { id, title: session.header.title, json: result.json };
}

/** Play a scenario, taking `first` at the first choice point and the first line offered after that. */
function play(scenario: ReviewScenario, first: number): CallReport {
  const session = StorySession.start(scenario.json, { file: 'x.ink', rubricHash: '' });
  session.choose(first - 1);
  while (!session.ended) session.choose(0);
  return reportCall(session, analyzer, rules);
}

const track = parseTrack(readFileSync('stories/foundations.track.json', 'utf8'), 'foundations.track.json').track;
const scenarios = new Map(track.scenarios.order === 'fixed' ? track.scenarios.ids.map((id) => [id, compiled(id)] as const) : []);

/** The first line offered in previous-agent that uses the colleague-blaming trigger, a blocker on Foundations. */
function blamingLine() {
  const session = StorySession.start(scenarios.get('previous-agent')!.json, { file: 'previous-agent.ink', rubricHash: '' });
  const option = session.choices.find((o) => o.meta.triggers?.includes('blame_others'));
  if (!option) throw new Error('previous-agent no longer offers a colleague-blaming line at its first choice');
  return option;
}

/** Foundations with the previous-agent call played from its colleague-blaming line, the others from their first lines. */
function failedAttempt(storyHashes = Object.fromEntries([...scenarios].map(([id, s]) => [id, contentHash(s.json)]))) {
  let attempt = startAttempt({ id: 'review-1', traineeId: ANN_ID, candidate: 'Ann Example', track, data, storyHashes, now: T0, seed: 1, attemptNumber: 1 });
  for (const [i, id] of attempt.scenarioIds.entries()) {
    const scenario = scenarios.get(id)!;
    attempt = recordCall(attempt, play(scenario, id === 'previous-agent' ? blamingLine().index + 1 : 1), { scenarioTitle: scenario.title, startedAt: at(i * 10), endedAt: at(i * 10 + 5), durationMs: 300_000 });
  }
  return finishAttempt(attempt, at(60));
}

describe('reviewAttempt', () => {
  it("gives a failed candidate each line they chose, its ratings, the trigger's family and the better line, with reasons in words", () => {
    const attempt = failedAttempt();
    expect(attempt.status).toBe('failed');
    const review = reviewAttempt(attempt, scenarios);
    expect(review.map((call) => call.scenarioId)).toEqual(attempt.scenarioIds);
    const previous = review.find((call) => call.scenarioId === 'previous-agent')!;
    expect(previous).toMatchObject({ title: scenarios.get('previous-agent')!.title, played: true, passed: false, textsKnown: true });
    expect(previous.reasons).toContain('You said something that fails a call on its own: “blaming a colleague, department or carrier”.');
    expect(previous.reasons.join(' ')).not.toMatch(/blame_others|follow_up|[a-z]+ \d+ is below/);
    const line = blamingLine();
    expect(previous.lines[0]).toEqual({
      number: 1,
      text: line.text,
      ratings: { empathy: line.meta.ratings.empathy, ownership: line.meta.ratings.ownership, expectations: line.meta.ratings.expectations },
      triggers: [{ id: 'blame_others', family: 'blaming a colleague, department or carrier' }],
      better: line.meta.better ?? data.triggers.find((t) => t.id === 'blame_others')!.better,
    });
    expect(previous.lines[0]!.better).not.toBe(line.text);
    const call = attempt.calls[attempt.scenarioIds.indexOf('previous-agent')]!;
    expect(previous.lines.map((line) => line.ratings)).toEqual(call.choices.map((choice) => choice.ratings));
  });

  it('words the reasons of a record made before the wording changed, and keeps its stored verdict', () => {
    const attempt = failedAttempt();
    const old = { ...attempt, verdicts: attempt.verdicts.map((v) => ({ ...v, reasons: v.reasons.length > 0 ? ['blocker trigger used: blame_others'] : [] })) };
    const review = reviewAttempt(old, scenarios);
    expect(review.map((call) => call.passed)).toEqual(attempt.verdicts.map((v) => v.passed));
    expect(review.flatMap((call) => call.reasons).join(' ')).not.toMatch(/blocker trigger used|_/);
  });

  it('shows ratings and triggers without words when the scenario has changed since the call, and marks unplayed calls', () => {
    const attempt = failedAttempt();
    const changed = new Map([...scenarios].map(([id, s]) => [id, { ...s, json: s.json.replace(/Kevin/g, 'Kevan') }]));
    const previous = reviewAttempt(attempt, changed).find((call) => call.scenarioId === 'previous-agent')!;
    expect(previous.textsKnown).toBe(false);
    // Without the author's lines, the better line is the trigger family's model line from the rubric data.
    expect(previous.lines[0]).toMatchObject({ text: null, triggers: [{ id: 'blame_others' }], better: data.triggers.find((t) => t.id === 'blame_others')!.better });
    const early = finishAttempt({ ...attempt, status: 'in_progress', endedAt: null, contentId: null, calls: attempt.calls.slice(0, 1), verdicts: attempt.verdicts.slice(0, 1) }, at(20));
    expect(reviewAttempt(early, scenarios)[1]).toMatchObject({ played: false, passed: false, reasons: ['You did not play this call.'], lines: [] });
  });
});

describe('the better line of a review', () => {
  it('is the strongest line offered when the author gave none and no trigger was used, and none for the strongest line', () => {
    const source = readFileSync('tests/fixtures/stories/tiny.ink', 'utf8').replace('#trigger:i_dont_know #feedback:Weak. #better:Let me find out for you.', '#trigger:none #feedback:Weak.');
    const result = compileInk(source);
    if (!result.ok) throw new Error('the edited tiny story does not compile');
    const tiny = { title: 'Tiny Call', json: result.json };
    const hash = contentHash(tiny.json);
    const twoCalls = parseTrack(JSON.stringify({ format: 'frontline.track', version: 1, id: 't', name: 'T', description: 'Two tiny calls.', scenarios: { order: 'fixed', ids: ['alpha', 'beta'] }, pass: { rubrics: { empathy: 0, ownership: 0, expectations: 0, triggers: 0 }, overall: 0 }, attempts: { max: 1, waitMinutes: 0 } }), 't.json').track;
    let attempt = startAttempt({ id: 'tiny', traineeId: ANN_ID, candidate: 'Ann', track: twoCalls, data, storyHashes: { alpha: hash, beta: hash }, now: T0, seed: 1, attemptNumber: 1 });
    for (const [i, second] of [2, 1].entries()) {
      const session = StorySession.start(tiny.json, { file: 'tiny.ink', rubricHash: '' });
      session.choose(0);
      session.choose(second - 1);
      attempt = recordCall(attempt, reportCall(session, analyzer, rules), { scenarioTitle: 'Tiny Call', startedAt: at(i), endedAt: at(i + 1), durationMs: 60_000 });
    }
    const [weak, strong] = reviewAttempt(finishAttempt(attempt, at(5)), new Map([['alpha', tiny], ['beta', tiny]]));
    expect(weak!.lines[1]).toMatchObject({ text: 'No idea.', better: 'It will arrive by Friday.' });
    expect(strong!.lines[1]).toMatchObject({ text: 'It will arrive by Friday.', better: null });
  });
});
