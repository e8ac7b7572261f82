import { describe, expect, it } from 'vitest';
import { compileInk } from '../../../src/engine/story/compile.ts';
import { replayPath } from '../../../src/engine/story/replay-path.ts';
import { practiceOfCall, type PointPractice } from '../../../src/engine/profile/point-practice.ts';
import { combineProfiles, RECENT_CALLS, skillsProfile, type CallPractice } from '../../../src/engine/profile/skills-profile.ts';
import { recommendNext, type PractiseRef } from '../../../src/engine/profile/recommend.ts';
import { makeExport } from '../../../src/engine/records/export-document.ts';
import { practiceCallsByTrainee } from '../../../src/engine/profile/trainee-calls.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';
import { ANN_ID, at, BOB_ID, practiceCall } from '../records/record-fixtures.ts';

const SOURCE = `# title: Profile fixture
# customer: Test Caller
# channel: phone
# difficulty: 1
# summary: Two choice points, one per technique.
VAR mood = 0
-> start
=== start ===
Where is my parcel? You lost it!
* [I'm so sorry, that must be frustrating. #technique:acknowledge_apologise #empathy:2 #ownership:0 #expectations:0 #trigger:none]
  -> next
* [Calm down, it's only a parcel. #empathy:-2 #ownership:0 #expectations:0 #trigger:calm_down #better:I'm so sorry.]
  -> next
=== next ===
So what now?
* [I'll reship it today and email you the tracking number by 5. #technique:expectations_timeline #empathy:0 #ownership:2 #expectations:2 #trigger:none]
  #outcome:resolved
  -> END
* [It should turn up eventually. #empathy:0 #ownership:0 #expectations:-1 #trigger:none #better:I'll reship it today.]
  #outcome:lost
  -> END
`;

function replayed(path: number[]) {
  const compiled = compileInk(SOURCE, { file: 'profile-fixture.ink' });
  if (!compiled.ok) throw new Error('fixture does not compile');
  const session = replayPath(compiled.json, path, { file: 'profile-fixture.ink', rubricHash: 'x' })!;
  return session.history;
}

const { analyzer, rules, data } = shippedRubrics();
const vocabulary = { techniques: data.techniques, triggers: data.triggers };
const neutral = { ratings: { empathy: 0, ownership: 0, expectations: 0 }, triggers: [] };

function call(id: string, endedAt: string, points: PointPractice[] | undefined, triggers: string[] = [], scenarioId = 'profile-fixture'): CallPractice {
  return { id, endedAt, scenarioId, triggers, points };
}

const share = (profile: ReturnType<typeof skillsProfile>, id: string) => profile.techniques.find((t) => t.id === id)!;

describe('the choice points of a replayed call', () => {
  it('names the techniques that mattered at each point and whether the best line was picked', () => {
    expect(practiceOfCall(replayed([1, 1]), [neutral, neutral], analyzer, rules)).toEqual([
      { techniques: ['acknowledge_apologise'], best: true },
      { techniques: ['expectations_timeline'], best: true },
    ]);
    expect(practiceOfCall(replayed([2, 1]), [neutral, neutral], analyzer, rules)).toEqual([
      { techniques: ['acknowledge_apologise'], best: false },
      { techniques: ['expectations_timeline'], best: true },
    ]);
  });

  it('judges a typed reply on its own recorded ratings against the lines on offer', () => {
    const weak = { ratings: { empathy: 0, ownership: 0, expectations: 0 }, triggers: [], said: 'ok' };
    const strong = { ratings: { empathy: 2, ownership: 1, expectations: 0 }, triggers: [], said: 'So sorry, I will fix it.' };
    expect(practiceOfCall(replayed([1, 1]), [weak, neutral], analyzer, rules)[0]!.best).toBe(false);
    expect(practiceOfCall(replayed([1, 1]), [strong, neutral], analyzer, rules)[0]!.best).toBe(true);
  });
});

describe('the skills profile', () => {
  const good = { techniques: ['acknowledge_apologise'], best: true };
  const bad = { techniques: ['acknowledge_apologise'], best: false };

  it('counts best lines per technique where it mattered, and the triggers used per family', () => {
    const profile = skillsProfile(
      [call('a', '2026-01-01T10:00:00.000Z', [good, { techniques: ['expectations_timeline'], best: false }]), call('b', '2026-01-02T10:00:00.000Z', [bad], ['calm_down', 'calm_down', 'youre_wrong'])],
      vocabulary,
    );
    expect(profile.calls).toBe(2);
    expect(share(profile, 'acknowledge_apologise')).toMatchObject({ chances: 2, best: 1, share: 0.5, source: 'The five-step service model' });
    expect(share(profile, 'expectations_timeline')).toMatchObject({ chances: 1, best: 0, share: 0 });
    expect(share(profile, 'ownership')).toMatchObject({ chances: 0, share: null });
    expect(profile.families.find((f) => f.family === 'telling the customer how to feel')).toEqual({ family: 'telling the customer how to feel', uses: 2, triggers: [{ id: 'calm_down', uses: 2 }] });
    expect(profile.families.find((f) => f.triggers.some((t) => t.id === 'youre_wrong'))!.uses).toBe(1);
    expect(profile.families.map((f) => f.family)).toEqual([...new Set(data.triggers.map((t) => t.family))]);
  });

  it('looks at the latest calls only, so a new call changes it and an old one drops out', () => {
    const old = Array.from({ length: RECENT_CALLS }, (_, i) => call(`old-${i}`, `2026-01-01T10:${String(i).padStart(2, '0')}:00.000Z`, [bad]));
    expect(share(skillsProfile(old, vocabulary), 'acknowledge_apologise').share).toBe(0);
    const after = skillsProfile([...old, call('new', '2026-02-01T10:00:00.000Z', [good])], vocabulary);
    expect(after.calls).toBe(RECENT_CALLS);
    expect(share(after, 'acknowledge_apologise')).toMatchObject({ chances: RECENT_CALLS, best: 1 });
  });

  it('keeps the triggers of a call whose choice points cannot be rebuilt, and counts it apart', () => {
    const profile = skillsProfile([call('a', '2026-01-01T10:00:00.000Z', undefined, ['calm_down'])], vocabulary);
    expect(profile).toMatchObject({ calls: 1, unreplayed: 1 });
    expect(profile.families[0]!.uses).toBe(1);
    expect(profile.techniques.every((t) => t.chances === 0)).toBe(true);
  });

  it('adds trainees’ profiles up into the cohort’s', () => {
    const one = skillsProfile([call('a', '2026-01-01T10:00:00.000Z', [good], ['calm_down'])], vocabulary);
    const two = skillsProfile([call('b', '2026-01-01T10:00:00.000Z', [bad, bad], [], 'other')], vocabulary);
    const cohort = combineProfiles([one, two], vocabulary);
    expect(cohort).toMatchObject({ calls: 2, plays: { 'profile-fixture': 1, other: 1 } });
    expect(share(cohort, 'acknowledge_apologise')).toMatchObject({ chances: 3, best: 1, share: 1 / 3 });
    expect(cohort.families[0]!.uses).toBe(1);
  });
});

describe('the next call to practise', () => {
  const scenarios: PractiseRef[] = [
    { id: 'easy', title: 'Easy Call', difficulty: 1, practises: ['acknowledge_apologise', 'ownership'] },
    { id: 'timeline', title: 'Timeline Call', difficulty: 2, practises: ['expectations_timeline'] },
    { id: 'timeline-hard', title: 'Hard Timeline Call', difficulty: 3, practises: ['expectations_timeline', 'boundary'] },
  ];

  it('recommends a scenario that practises the weakest technique, saying why and quoting its text by title', () => {
    const profile = skillsProfile(
      [call('a', '2026-01-01T10:00:00.000Z', [{ techniques: ['acknowledge_apologise'], best: true }, { techniques: ['expectations_timeline'], best: false }], [], 'timeline')],
      vocabulary,
    );
    const next = recommendNext(profile, scenarios)!;
    expect(next).toMatchObject({ scenarioId: 'timeline-hard', technique: { id: 'expectations_timeline', label: 'Expectations with a timeline' } });
    expect(next.why).toContain('0 of 1');
    expect(next.why).toContain('From “The ten tips for setting expectations”: “');
    expect(next.why).not.toMatch(/seed/i);
  });

  it('prefers a technique not met yet once every technique met was done perfectly', () => {
    const profile = skillsProfile([call('a', '2026-01-01T10:00:00.000Z', [{ techniques: ['acknowledge_apologise'], best: true }])], vocabulary);
    const next = recommendNext(profile, scenarios)!;
    expect(next.technique!.id).toBe('ownership');
    expect(next.why).toContain('not yet met');
  });

  it('with no calls yet, says so and recommends a first call', () => {
    const next = recommendNext(skillsProfile([], vocabulary), scenarios)!;
    expect(next).toMatchObject({ scenarioId: 'easy', technique: null });
    expect(next.why).toMatch(/no practice calls yet/);
  });
});

describe('practice calls by trainee, for the results view', () => {
  it('groups several exports’ practice calls by trainee id, each call once, named by the latest call', () => {
    const ann1 = practiceCall({ traineeId: ANN_ID, candidate: 'Ann', endedAt: at(10), startedAt: at(5) });
    const ann2 = practiceCall({ traineeId: ANN_ID, candidate: 'Ann Lee', endedAt: at(30), startedAt: at(25) });
    const bob = practiceCall({ traineeId: BOB_ID, candidate: 'Bob', endedAt: at(20), startedAt: at(15) });
    const exports = [
      makeExport({ traineeId: ANN_ID, candidate: 'Ann Lee', records: [ann1, ann2], now: at(40) }),
      makeExport({ traineeId: ANN_ID, candidate: 'Ann Lee', records: [ann1], now: at(41) }),
      makeExport({ traineeId: BOB_ID, candidate: 'Bob', records: [bob], now: at(42) }),
    ];
    const grouped = practiceCallsByTrainee(exports);
    expect(grouped.map((t) => [t.key, t.name, t.calls.map((c) => c.id)])).toEqual([
      [ANN_ID, 'Ann Lee', [ann1.id, ann2.id]],
      [BOB_ID, 'Bob', [bob.id]],
    ]);
  });
});
