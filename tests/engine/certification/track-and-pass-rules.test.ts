import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenariosForAttempt } from '../../../src/engine/certification/draw-scenarios.ts';
import { blockersFor, callJudge } from '../../../src/engine/certification/pass-rules.ts';
import { checkScenario } from '../../../src/engine/check/check-scenario.ts';
import { checkTrack } from '../../../src/engine/check/check-track.ts';
import { InputError } from '../../../src/engine/errors.ts';
import { parseTrack, type Track } from '../../../src/engine/schema/track.ts';
import { generateTrackJsonSchema, TRACK_SCHEMA_PATH } from '../../../scripts/write-json-schema.ts';
import { fixturePath, fixtureSource } from '../../helpers/fixtures.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

const foundationsText = readFileSync('stories/foundations.track.json', 'utf8');
const foundations = parseTrack(foundationsText, 'foundations.track.json').track;
const perfect = { empathy: 100, ownership: 100, expectations: 100, triggers: 100, overall: 100 };

function trackWith(change: (t: Track) => void): Track {
  const copy = structuredClone(foundations);
  change(copy);
  return copy;
}

describe('track files', () => {
  it('ships Frontline Foundations, valid, with an up-to-date JSON Schema', () => {
    expect(foundations.name).toBe('Frontline Foundations');
    expect(JSON.parse(foundationsText).$schema).toBe('./track.schema.json');
    expect(readFileSync(TRACK_SCHEMA_PATH, 'utf8')).toBe(generateTrackJsonSchema());
  });

  it('names the file, line and expectation of a bad value', () => {
    const broken = foundationsText.replace('"overall": 75', '"overall": 175');
    try {
      parseTrack(broken, 'x.track.json');
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toMatch(/^x\.track\.json:\d+: pass\.overall: Too big/);
      expect((error as InputError).line).toBe(broken.split('\n').findIndex((l) => l.includes('175')) + 1);
    }
    expect(() => parseTrack('{ "format": ', 'y.track.json')).toThrow(/y\.track\.json:1: not valid JSON/);
  });

  it('refuses a pool that cannot be drawn and a scenario listed twice', () => {
    const pool = { ...JSON.parse(foundationsText), scenarios: { order: 'pool', pool: ['a', 'a'], draw: 3 } };
    expect(() => parseTrack(JSON.stringify(pool, null, 2), 'p.track.json')).toThrow(/listed twice[\s\S]*cannot draw 3 scenarios from a pool of 2/);
  });
});

describe('scenariosForAttempt', () => {
  it('keeps a fixed order, and draws a pool reproducibly by seed', () => {
    expect(scenariosForAttempt(foundations, 1)).toEqual(foundations.scenarios.order === 'fixed' ? foundations.scenarios.ids : []);
    const pooled = trackWith((t) => {
      t.scenarios = { order: 'pool', pool: ['a', 'b', 'c', 'd', 'e'], draw: 3 };
    });
    const first = scenariosForAttempt(pooled, 7);
    expect(first).toHaveLength(3);
    expect(new Set(first).size).toBe(3);
    expect(scenariosForAttempt(pooled, 7)).toEqual(first);
    const draws = new Set([1, 2, 3, 4, 5, 6].map((seed) => scenariosForAttempt(pooled, seed).join()));
    expect(draws.size).toBeGreaterThan(1);
  });
});

describe('callJudge', () => {
  const blockers = blockersFor(foundations, shippedRubrics().data);
  const judgeCall = (call: Parameters<ReturnType<typeof callJudge>>[0], track: Track) => callJudge(track, shippedRubrics().data)(call);

  it('takes the data file blockers, plus and minus the track', () => {
    expect([...blockers].sort()).toEqual(['blame_customer', 'blame_others', 'calm_down', 'youre_wrong']);
    const lenient = trackWith((t) => {
      t.pass.blockers = { add: [], remove: ['calm_down'] };
    });
    expect(blockersFor(lenient, shippedRubrics().data).has('calm_down')).toBe(false);
  });

  it('passes a call that meets every mark', () => {
    expect(judgeCall({ scores: perfect, outcome: 'follow_up', triggers: [] }, foundations)).toEqual({ passed: true, reasons: [] });
  });

  it('sets no mark for a rubric the call did not assess', () => {
    const untested = { ...perfect, expectations: null };
    expect(judgeCall({ scores: untested, outcome: 'resolved', triggers: [] }, foundations)).toEqual({ passed: true, reasons: [] });
    const poor = judgeCall({ scores: { ...untested, empathy: 40, overall: 60 }, outcome: 'resolved', triggers: [] }, foundations);
    expect(poor.reasons).toEqual(['Empathy: you scored 40%, and the pass mark is 70%.', 'Overall: you scored 60%, and the pass mark is 75%.']);
  });

  it('fails a call on one blocker even with high scores, and says why with the trigger family, never its id', () => {
    const verdict = judgeCall({ scores: { ...perfect, triggers: 80 }, outcome: 'resolved', triggers: ['calm_down'] }, foundations);
    expect(verdict).toEqual({ passed: false, reasons: ['You said something that fails a call on its own: “telling the customer how to feel”.'] });
    const two = judgeCall({ scores: perfect, outcome: 'resolved', triggers: ['youre_wrong', 'calm_down', 'youre_wrong'] }, foundations);
    expect(two.reasons).toEqual(['You said something that fails a call on its own: “invalidating the customer” and “telling the customer how to feel”.']);
    expect(two.reasons.join(' ')).not.toMatch(/youre_wrong|calm_down/);
  });

  it('fails each mark below its minimum and an outcome that does not pass, in words a candidate reads', () => {
    const verdict = judgeCall({ scores: { ...perfect, empathy: 69.9, overall: 74 }, outcome: 'escalated', triggers: ['whatever'] }, foundations);
    expect(verdict.passed).toBe(false);
    expect(verdict.reasons).toEqual([
      'Empathy: you scored 69.9%, and the pass mark is 70%.',
      'Overall: you scored 74%, and the pass mark is 75%.',
      'The call ended escalated to a supervisor; to pass, it must end resolved or with a follow-up agreed.',
    ]);
    expect(judgeCall({ scores: perfect, outcome: null, triggers: [] }, foundations).reasons).toEqual([
      'The call stopped before it reached an ending; to pass, it must end resolved or with a follow-up agreed.',
    ]);
    expect(verdict.reasons.join(' ')).not.toMatch(/follow_up|empathy \d/);
  });
});

describe('checkTrack', () => {
  const { analyzer, rules, data } = shippedRubrics();
  const scenarios = new Map(
    ['tiny.ink', 'hub-loop.ink'].map((name) => {
      const check = checkScenario(fixturePath(name), fixtureSource(name), { rater: analyzer, rules });
      return [check.report.id, check] as const;
    }),
  );

  it('reports unknown scenarios, unknown blockers and marks no path can meet, by line', () => {
    const report = checkTrack('impossible.track.json', fixtureSource('impossible.track.json'), { data, rules, scenarios });
    expect(report.errors.map((e) => `${e.line} ${e.code}`)).toEqual(['9 unknown_scenario', '11 unattainable_marks', '15 unknown_trigger']);
    expect(report.errors[1]!.message).toMatch(/"tiny".*The call ended resolved; to pass, it must end escalated to a supervisor/);
  });

  it('accepts marks that some complete path meets', () => {
    const text = fixtureSource('impossible.track.json').replace('"escalated"', '"resolved", "escalated"').replace(', "nowhere"', '').replace('"made_up"', '"calm_down"');
    expect(checkTrack('ok.track.json', text, { data, rules, scenarios })).toMatchObject({ ok: true, errors: [], id: 'impossible' });
  });
});

describe('checkTrack with naive strategies', () => {
  const { analyzer, rules, data } = shippedRubrics();
  const tiny = checkScenario(fixturePath('tiny.ink'), fixtureSource('tiny.ink'), { rater: analyzer, rules });
  const scenarios = new Map([[tiny.report.id, tiny] as const]);
  const track = (outcomes: string) =>
    fixtureSource('impossible.track.json')
      .replace('"escalated"', outcomes)
      .replace('"tiny", "hub-loop", "nowhere"', '"tiny"')
      .replace('"made_up"', '"calm_down"');

  it('says which strategy passes which call, and warns that the call is gameable, naming the lines', () => {
    const report = checkTrack('gamed.track.json', track('"resolved"'), { data, rules, scenarios });
    expect(report.strategies!.naive.longest).toEqual({ passes: true, calls: { tiny: true } });
    expect(report.strategies!.naive.shortest).toEqual({ passes: false, calls: { tiny: false } });
    expect(report.strategies!.random.tiny).toBeGreaterThan(0.1);
    expect(report.strategies!.random.tiny).toBeLessThan(0.5);
    const gameable = report.warnings.filter((w) => w.code === 'gameable');
    expect(gameable.map((w) => w.line)).toEqual([9, 9, 9]);
    expect(gameable[0]!.message).toMatch(/always the longest line passes the "tiny" call of this track; it picks the best line at .*tiny\.ink:8, .*tiny\.ink:15/);
  });

  it('raises nothing when no strategy passes a call', () => {
    const report = checkTrack('strict.track.json', track('"follow_up"'), { data, rules, scenarios });
    expect(Object.values(report.strategies!.naive).every((v) => !v.passes)).toBe(true);
    expect(report.warnings).toEqual([]);
  });
});
