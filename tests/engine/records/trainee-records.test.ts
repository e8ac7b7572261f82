import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attemptsOf } from '../../../src/engine/certification/attempts-of.ts';
import { canStartAttempt } from '../../../src/engine/certification/can-start-attempt.ts';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { summarizeCohort } from '../../../src/engine/records/cohort-summary.ts';
import { exportJson, makeExport, parseExport } from '../../../src/engine/records/export-document.ts';
import { readRecords } from '../../../src/engine/records/read-records.ts';
import { normaliseName, recordName, UNNAMED } from '../../../src/engine/trainee/trainee.ts';
import { ANN_ID, at, BOB_ID, details, fakeReport, practiceCall, testAttempt, testTrack } from './record-fixtures.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/records/${name}`, import.meta.url), 'utf8');

describe('normaliseName', () => {
  it('makes retyped spellings of one name equal: spaces, case, compatibility forms, invisible characters', () => {
    const spellings = ['Bob Builder', 'Bob  Builder', '  bob builder ', 'BOB\tBUILDER', 'Ｂｏｂ Ｂｕｉｌｄｅｒ', 'Bob\u00a0Builder', 'Bob\u200b Builder', 'Bob\u3000Builder'];
    expect(new Set(spellings.map(normaliseName))).toEqual(new Set(['bob builder']));
    expect(normaliseName('Straße')).toBe(normaliseName('STRASSE'));
    expect(normaliseName('Bob Builder')).not.toBe(normaliseName('Bob Build'));
  });

  it('writes records with the name tidied, or "Trainee" when none was given', () => {
    expect(recordName({ id: ANN_ID, name: '  Ann   Example ' })).toBe('Ann Example');
    expect(recordName({ id: ANN_ID, name: undefined })).toBe(UNNAMED);
    expect(recordName({ id: ANN_ID, name: ' \u200b ' })).toBe(UNNAMED);
  });
});

describe('the attempt limit', () => {
  const track = testTrack();
  const when = (iso: string) => iso;
  const failed = (n: number, candidate: string, traineeId = BOB_ID) =>
    finishAttempt(recordCall(testAttempt({ id: `b${n}`, candidate, traineeId, attemptNumber: n, now: at(n * 100) }), fakeReport({ scores: { empathy: 10 } }), details('Alpha Call', n * 100 + 10)), at(n * 100 + 30));
  const used = [failed(1, 'Bob Builder'), failed(2, 'Bob Builder'), failed(3, 'Bob Builder')];

  it('is not reset by retyping the name with two spaces, other case or full-width letters, in another browser', () => {
    for (const name of ['Bob  Builder', 'bob builder', 'Ｂｏｂ Ｂｕｉｌｄｅｒ', ' Bob Builder ']) {
      const mine = attemptsOf(used, { traineeId: ANN_ID, name });
      expect(mine, name).toHaveLength(3);
      expect(canStartAttempt(mine, track, at(10_000), when), name).toMatchObject({ ok: false, code: 'limit_reached' });
    }
  });

  it('is not reset by a new name in the same browser, and leaves another person in another browser alone', () => {
    expect(attemptsOf(used, { traineeId: BOB_ID, name: 'Robert Builder' })).toHaveLength(3);
    expect(attemptsOf(used, { traineeId: ANN_ID, name: 'Ann Example' })).toEqual([]);
  });

  it('counts version 1 attempts, which have no trainee id, by their normalised name', () => {
    const legacy = readRecords([JSON.parse(fixture('v1-trainee-b.json')).records[0]]).records;
    expect(legacy).toHaveLength(1);
    expect(attemptsOf(legacy as never, { traineeId: ANN_ID, name: '  TRAINEE' })).toHaveLength(1);
    expect(attemptsOf(legacy as never, { traineeId: ANN_ID, name: 'Ann' })).toHaveLength(0);
  });
});

describe('records keyed by the trainee id', () => {
  it('carry the trainee id from version 2 on, and refuse a version 2 record without one', () => {
    const call = practiceCall();
    expect(call).toMatchObject({ version: 2, traineeId: ANN_ID });
    const { traineeId: _id, ...withoutId } = JSON.parse(JSON.stringify(call));
    expect(readRecords([withoutId]).quarantined[0]).toMatchObject({ reason: 'it is damaged: a version 2 record names its trainee id', detail: 'traineeId: a version 2 record names its trainee id' });
    const attempt = testAttempt();
    expect(attempt).toMatchObject({ version: 2, traineeId: ANN_ID });
    expect(recordCall(attempt, fakeReport(), details('Alpha Call')).calls[0]).toMatchObject({ version: 2, traineeId: ANN_ID });
  });

  it('still load version 1 exports unchanged, their record ids intact', () => {
    for (const name of ['v1-trainee-a.json', 'v1-trainee-b.json']) {
      const text = fixture(name);
      const exported = parseExport(text, name);
      expect(exported.version).toBe(1);
      expect(exported.traineeId).toBeUndefined();
      // Nothing lost or rewritten: the parsed document is the file's content.
      expect(exported).toEqual(JSON.parse(text));
    }
  });

  it('continue an attempt begun at version 1 with version 1 calls, so it stays valid', () => {
    const legacy = readRecords([JSON.parse(fixture('v1-trainee-b.json')).records[0]]).records[0]!;
    if (legacy.format !== 'frontline.attempt') throw new Error('expected the legacy attempt');
    const reopened = { ...legacy, status: 'in_progress' as const, endedAt: null, contentId: null, calls: [], verdicts: [] };
    const played = recordCall(reopened, fakeReport(), details('Alpha Call'));
    expect(played.calls[0]).toMatchObject({ version: 1 });
    expect(played.calls[0]!.traineeId).toBeUndefined();
    expect(readRecords([JSON.parse(JSON.stringify(played))]).quarantined).toEqual([]);
  });

  it("give unnamed trainees one line each in the trainer's results, shown with their name", () => {
    const CY = '0c0c0c0c-0000-4000-8000-00000000c003';
    const first = makeExport({ traineeId: ANN_ID, candidate: UNNAMED, records: [practiceCall({ candidate: UNNAMED })], now: at(60) });
    const second = makeExport({ traineeId: CY, candidate: UNNAMED, records: [practiceCall({ traineeId: CY, candidate: UNNAMED, durationMs: 1 })], now: at(61) });
    const summary = summarizeCohort([first, second]);
    expect(summary.trainees.map((t) => [t.key, t.candidate, t.calls])).toEqual([
      [ANN_ID, UNNAMED, 1],
      [CY, UNNAMED, 1],
    ]);
  });

  it("keep a renamed trainee on one line, under the latest name, with the earlier ones listed", () => {
    const early = practiceCall({ candidate: UNNAMED, startedAt: at(0), endedAt: at(5) });
    const later = practiceCall({ candidate: 'Ann Example', startedAt: at(100), endedAt: at(105) });
    const summary = summarizeCohort([makeExport({ traineeId: ANN_ID, candidate: 'Ann Example', records: [early, later], now: at(200) })]);
    expect(summary.trainees).toHaveLength(1);
    expect(summary.trainees[0]).toMatchObject({ key: ANN_ID, traineeId: ANN_ID, candidate: 'Ann Example', otherNames: [UNNAMED], calls: 2 });
  });

  it('group version 1 records by the id of the export carrying them, else (a version 1 export) by normalised name', () => {
    const legacyA = parseExport(fixture('v1-trainee-a.json'), 'a.json');
    const legacyB = parseExport(fixture('v1-trainee-b.json'), 'b.json');
    // Version 1 exports have nothing else to tell the two apart: they stay on one line, as before.
    expect(summarizeCohort([legacyA, legacyB]).trainees.map((t) => [t.key, t.traineeId, t.calls, t.attempts])).toEqual([['name:trainee', null, 3, 1]]);
    // Re-exported by this build, version 1 records take the export's trainee id and part.
    const againA = parseExport(exportJson(makeExport({ traineeId: ANN_ID, candidate: UNNAMED, records: legacyA.records, now: at(300) })), 'a2.json');
    const againB = parseExport(exportJson(makeExport({ traineeId: BOB_ID, candidate: UNNAMED, records: legacyB.records, now: at(301) })), 'b2.json');
    expect(againA.records).toEqual(legacyA.records);
    expect(summarizeCohort([againA, againB]).trainees.map((t) => [t.key, t.calls, t.attempts])).toEqual([
      [ANN_ID, 1, 0],
      [BOB_ID, 2, 1],
    ]);
  });
});
