import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callJudge } from '../../src/engine/certification/pass-rules.ts';
import { checkScenario, type ScenarioCheck } from '../../src/engine/check/check-scenario.ts';
import { checkTrack } from '../../src/engine/check/check-track.ts';
import { parseTrack, trackScenarioIds } from '../../src/engine/schema/track.ts';
import { reportCall } from '../../src/engine/scoring/call-report.ts';
import { StorySession } from '../../src/engine/story/session.ts';
import { shippedRubrics } from '../helpers/rubrics.ts';

const TRACK_FILE = 'stories/advanced.track.json';
const text = readFileSync(TRACK_FILE, 'utf8');
const { track } = parseTrack(text, TRACK_FILE);
const rubrics = shippedRubrics();
const checks = new Map<string, ScenarioCheck>(
  trackScenarioIds(track).map((id) => {
    const file = `stories/${id}.ink`;
    return [id, checkScenario(file, readFileSync(file, 'utf8'), { rater: rubrics.analyzer, rules: rubrics.rules })] as const;
  }),
);

/** Play 1-based choices, as a candidate would, and judge the call by the track's rules. */
function judge(id: string, path: number[]) {
  const check = checks.get(id)!;
  const session = StorySession.start(check.json!, { file: check.report.file, rubricHash: rubrics.hash });
  for (const choice of path) session.choose(choice - 1);
  expect(session.ended, `${id}: the path ${path.join(',')} ends the call`).toBe(true);
  const report = reportCall(session, rubrics.analyzer, rubrics.rules);
  const verdict = callJudge(track, rubrics.data)({ scores: report.scores, outcome: report.outcome, triggers: report.choices.flatMap((c) => c.triggers) });
  return { report, verdict };
}

describe('Frontline Advanced', () => {
  it('is a valid track of the new hostile calls (difficulty 3) that the checker accepts', () => {
    expect(track.name).toBe('Frontline Advanced');
    expect(trackScenarioIds(track)).toEqual(['abusive-caller', 'customer-is-wrong', 'public-complaint', 'warm-escalation']);
    for (const [id, check] of checks) {
      expect(check.report.errors, id).toEqual([]);
      expect(check.header?.difficulty, id).toBe(3);
    }
    const checked = checkTrack(TRACK_FILE, text, { data: rubrics.data, rules: rubrics.rules, scenarios: new Map([...checks].map(([id, c]) => [id, c])) });
    expect(checked.errors).toEqual([]);
    expect(track.pass.outcomes).toContain('ended_by_policy');
  });

  it('passes a candidate who handles the abusive caller by the book and ends the call by policy', () => {
    // Acknowledge, a plain lookup instead of a reflect-back, the bad news, the boundary, one warning: he swears on, and the call is ended by policy.
    const { report, verdict } = judge('abusive-caller', [2, 3, 3, 2, 3, 1]);
    expect(report.outcome).toBe('ended_by_policy');
    expect(report.transcript.some((line) => line.text.startsWith('As I warned, I\'m ending the call now'))).toBe(true);
    expect(verdict).toEqual({ passed: true, reasons: [] });
  });

  it('fails the abusive call ended without the warning, or with a parting shot, however well it started', () => {
    const noWarning = judge('abusive-caller', [2, 3, 1, 2, 2]);
    expect(noWarning.report.outcome).toBe('lost');
    expect(noWarning.verdict.passed).toBe(false);
    const partingShot = judge('abusive-caller', [2, 3, 3, 2, 3, 2]);
    expect(partingShot.report.outcome).toBe('lost');
    expect(partingShot.verdict.reasons.join('\n')).toMatch(/fails a call on its own: “the customer's fault, condescension”/);
  });

  it('passes every call on its best path and fails it on its worst', () => {
    for (const [id, check] of checks) {
      const best = judge(id, check.paths!.best!.choices.map((c) => c + 1));
      expect(best.verdict, `${id} best path`).toEqual({ passed: true, reasons: [] });
      const worst = judge(id, check.paths!.worst!.choices.map((c) => c + 1));
      expect(worst.verdict.passed, `${id} worst path`).toBe(false);
    }
  });
});
