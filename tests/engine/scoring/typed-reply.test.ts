import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { matchReply, matcherLabels } from '../../../src/engine/matcher/match-reply.ts';
import { CallRecordSchema } from '../../../src/engine/records/call-record.ts';
import { makeCallRecord } from '../../../src/engine/records/make-call-record.ts';
import { recordId } from '../../../src/engine/records/record-id.ts';
import { reportCall } from '../../../src/engine/scoring/call-report.ts';
import { scoreCall } from '../../../src/engine/scoring/call-score.ts';
import { rateChoice, rateReply } from '../../../src/engine/scoring/rate-choice.ts';
import { compileInk } from '../../../src/engine/story/compile.ts';
import { StorySession } from '../../../src/engine/story/session.ts';
import { parseTrack } from '../../../src/engine/schema/track.ts';
import { ANN_ID, T0, at } from '../records/record-fixtures.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

const rubrics = shippedRubrics();
const labels = matcherLabels(rubrics.data);
const compiled = compileInk(readFileSync('stories/missing-order.ink', 'utf8'));
if (!compiled.ok) throw new Error('missing-order does not compile');
const json = compiled.json;
const start = () => StorySession.start(json, { file: 'missing-order.ink', rubricHash: rubrics.hash });

/** Type a reply at the current point, as the game does: match it, then go on along the line it is taken as. */
function say(session: StorySession, reply: string): number {
  const match = matchReply(reply, session.choices, { analyzer: rubrics.analyzer, labels });
  if (match.kind !== 'taken') throw new Error(`refused: ${reply}`);
  session.choose(match.option, reply);
  return match.option;
}

describe('a typed reply in a session', () => {
  it('shows the trainee’s own words, goes on along the line it was taken as, and survives a save', () => {
    const typed = start();
    const picked = start();
    const reply = 'So sorry about this! I am happy to help. What is your order number?';
    expect(say(typed, reply)).toBe(2);
    picked.choose(2);
    expect(typed.transcript.at(-1)?.text).toBe(picked.transcript.at(-1)?.text);
    expect(typed.transcript.find((b) => b.speaker === 'agent')?.text).toBe(reply);
    expect(typed.history[0]).toMatchObject({ chosen: 2, said: reply });
    const resumed = StorySession.restore(json, JSON.parse(JSON.stringify(typed.snapshot())), { file: 'missing-order.ink', rubricHash: rubrics.hash });
    expect(resumed.history[0]?.said).toBe(reply);
  });
});

describe('scoring a typed reply', () => {
  it('scores the trainee’s own words, not the line it was taken as', () => {
    // Taken as the best line by what it talks about, but said with a trigger: the trigger costs, the line's ratings lend nothing.
    const session = start();
    session.choose(2, 'Calm down. I am happy to help, give me the order number.');
    const report = reportCall(session, rubrics.analyzer, rubrics.rules, labels);
    const picked = start();
    picked.choose(2);
    const best = reportCall(picked, rubrics.analyzer, rubrics.rules, labels);
    expect(report.choices[0]!.triggers).toContain('calm_down');
    expect(report.scores.triggers).toBeLessThan(best.scores.triggers);
    expect(report.scores.overall).toBeLessThan(best.scores.overall);
    expect(report.choices[0]!.typed).toMatchObject({ takenAs: 3, line: picked.history[0]!.offered[2]!.text });
    expect(report.choices[0]!.typed!.evidence.some((e) => e.kind === 'trigger' && e.id === 'calm_down')).toBe(true);
    expect(report.choices[0]!.better).toBe(picked.history[0]!.offered[2]!.text);
  });

  it('counts a reply within the range of the lines on offer, however many cue words it piles up', () => {
    const session = start();
    const offered = session.choices.map((o) => rateChoice(o, rubrics.analyzer));
    const stuffed = rateReply("I'm so sorry, I completely understand how frustrating this is, I will personally fix it today and call you back by 5pm.", rubrics.analyzer);
    expect(stuffed.ratings.empathy).toBe(2);
    const scores = scoreCall([{ offered, chosen: 0, said: stuffed }], rubrics.rules);
    for (const rubric of ['empathy', 'ownership', 'expectations'] as const) expect(scores[rubric] ?? 0).toBeLessThanOrEqual(100);
    expect(scores.empathy).toBe(100);
  });

  it('coaches a reply that matches the best line with no better line', () => {
    const session = start();
    session.choose(2, "I'm sorry about that. I'd be happy to help! Can I have your order number?");
    const line = reportCall(session, rubrics.analyzer, rubrics.rules, labels).choices[0]!;
    expect(line.better).toBeUndefined();
    expect(line.typed?.similarity).toBe(1);
  });
});

describe('a call record with typed replies', () => {
  const base = { kind: 'practice' as const, traineeId: ANN_ID, candidate: 'Ann', trackId: null, attemptId: null, scenarioId: 'missing-order', scenarioTitle: 'The Missing Bottles', storyHash: 'a'.repeat(64), startedAt: T0, endedAt: at(5), durationMs: 300_000, passed: null };

  it('carries the typed reply and keeps a picked line’s entry as before, so older records keep their ids', () => {
    const typed = start();
    typed.choose(2, 'So sorry! Happy to help. Your order number, please?');
    const record = makeCallRecord({ ...base, report: reportCall(typed, rubrics.analyzer, rubrics.rules, labels) });
    expect(record.choices[0]?.said).toBe('So sorry! Happy to help. Your order number, please?');
    expect(CallRecordSchema.parse(JSON.parse(JSON.stringify(record)))).toEqual(record);

    const picked = start();
    picked.choose(2);
    const plain = makeCallRecord({ ...base, report: reportCall(picked, rubrics.analyzer, rubrics.rules, labels) });
    expect(Object.keys(plain.choices[0]!)).toEqual(['ratings', 'triggers']);
    const { id, ...content } = plain;
    expect(recordId(content)).toBe(id);
  });

  it('refuses an empty typed reply in a record', () => {
    const picked = start();
    picked.choose(2);
    const plain = makeCallRecord({ ...base, report: reportCall(picked, rubrics.analyzer, rubrics.rules, labels) });
    const bad = { ...plain, choices: [{ ...plain.choices[0]!, said: '' }] };
    expect(CallRecordSchema.safeParse(bad).success).toBe(false);
  });
});

describe('typed replies in certification', () => {
  const text = readFileSync('stories/foundations.track.json', 'utf8');

  it('are off unless a track opts in with "freeText": true', () => {
    expect(parseTrack(text, 'foundations.track.json').track.freeText).toBeUndefined();
    const opted = JSON.stringify({ ...JSON.parse(text), freeText: true }, null, 2);
    expect(parseTrack(opted, 'open.track.json').track.freeText).toBe(true);
  });

  it('refuse anything but true or false, naming the file and the line', () => {
    const bad = JSON.stringify({ ...JSON.parse(text), freeText: 'yes' }, null, 2);
    expect(() => parseTrack(bad, 'bad.track.json')).toThrow(/bad\.track\.json:\d+: .*freeText/);
  });
});
