import { describe, expect, it } from 'vitest';
import { finishAttempt } from '../../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../../src/engine/certification/record-call.ts';
import { InputError } from '../../../src/engine/errors.ts';
import type { AttemptRecord } from '../../../src/engine/records/attempt-record.ts';
import { summarizeCohort } from '../../../src/engine/records/cohort-summary.ts';
import { callRows, CSV_COLUMNS, exportCsv, parseCsvExport } from '../../../src/engine/records/csv-export.ts';
import { exportJson, makeExport, parseExport } from '../../../src/engine/records/export-document.ts';
import { importExportFile } from '../../../src/engine/records/import-export-file.ts';
import { NO_IMPORTS, withImport } from '../../../src/engine/records/loaded-exports.ts';
import type { CallScores } from '../../../src/engine/scoring/call-score.ts';
import { ANN_ID, at, BOB_ID, details, fakeReport, practiceCall, testAttempt } from './record-fixtures.ts';

const scores = (empathy: number, ownership: number, expectations: number, triggers: number, overall: number): CallScores => ({ empathy, ownership, expectations, triggers, overall });

/** An attempt with one call per report given; finished unless `open`. */
function attemptOf(props: { id: string; candidate: string; calls: ReturnType<typeof fakeReport>[]; open?: boolean }): AttemptRecord {
  let attempt = testAttempt({ id: props.id, candidate: props.candidate, traineeId: props.candidate.includes('Bob') ? BOB_ID : ANN_ID });
  props.calls.forEach((report, i) => {
    attempt = recordCall(attempt, report, details(i === 0 ? 'Alpha Call' : 'Beta Call', 10 * (i + 1)));
  });
  return props.open ? attempt : finishAttempt(attempt, at(40));
}

const annAttempt = attemptOf({
  id: 'ann-1',
  candidate: 'Ann Example',
  calls: [fakeReport({ scores: scores(90, 80, 70, 100, 90) }), fakeReport({ scores: scores(70, 90, 80, 80, 80), triggers: [['whatever'], []] })],
});
const annPractice = practiceCall({ report: fakeReport({ scores: scores(50, 60, 70, 100, 70), triggers: [['i_dont_know'], ['i_dont_know']] }) });
const bobFailed = attemptOf({
  id: 'bob-1',
  candidate: 'Bob Sample',
  calls: [fakeReport({ scores: scores(40, 50, 60, 75, 60), triggers: [['calm_down'], []] }), fakeReport({ scores: scores(50, 50, 50, 50, 50), triggers: [['calm_down'], ['calm_down', 'whatever']] })],
});
const bobOpen = attemptOf({ id: 'bob-2', candidate: 'Bob Sample', calls: [], open: true });

const annExport = makeExport({ traineeId: ANN_ID, candidate: 'Ann Example', records: [annAttempt, annPractice], now: at(60) });
const bobExport = makeExport({ traineeId: BOB_ID, candidate: ' Bob Sample ', records: [bobFailed, bobOpen], now: at(61) });

describe('JSON export', () => {
  it('round-trips through its text', () => {
    expect(annExport).toMatchObject({ format: 'frontline.export', version: 2, exportedAt: at(60), traineeId: ANN_ID, candidate: 'Ann Example' });
    expect(bobExport.candidate).toBe('Bob Sample');
    expect(parseExport(exportJson(annExport), 'ann.json')).toEqual(annExport);
    expect(parseExport(exportJson(bobExport), 'bob.json')).toEqual(bobExport);
  });

  it('names the file and line of what is wrong', () => {
    const text = exportJson(annExport);
    const lineOf = (needle: string, from = 0) => text.slice(0, text.indexOf(needle, from)).split('\n').length;
    const expectError = (body: string, pattern: RegExp, line?: number) => {
      try {
        parseExport(body, 'ann.json');
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(InputError);
        expect((error as InputError).message).toMatch(pattern);
        if (line !== undefined) expect((error as InputError).line).toBe(line);
      }
    };
    expectError(text.slice(0, 200), /^ann\.json:\d+: not valid JSON/);
    expectError(text.replace('"version": 2', '"version": 3'), /^ann\.json:3: not a Frontline export: it was written by a newer version of Frontline \(frontline\.export version 3; this build reads versions 1 and 2\)/, 3);
    expectError('[1, 2]', /^ann\.json:1: not a Frontline export: it is not a Frontline record/);
    const empathyAt = text.indexOf('"empathy": 90');
    expectError(text.replace('"empathy": 90', '"empathy": 190'), /^ann\.json:\d+: records\[0\]\.calls\[0\]\.scores\.empathy: Too big/, lineOf('"empathy": 90', empathyAt));
    // Hand-raising a score without the ids to match is caught: the record id no longer fits.
    // records[1] is the practice call; its opening brace is the line above its last "format".
    const practiceLine = text.slice(0, text.lastIndexOf('"format": "frontline.call-record"')).split('\n').length - 1;
    expectError(text.replace('"overall": 70', '"overall": 99'), /records\[1\]: its id does not match its content/, practiceLine);
    const practiceVersion = text.lastIndexOf('"version": 2');
    expectError(`${text.slice(0, practiceVersion)}"version": 3${text.slice(practiceVersion + 12)}`, /records\[1\]: it was written by a newer version of Frontline \(frontline\.call-record version 3/);
  });
});

describe('CSV export', () => {
  it('writes one row per call, attempt calls included, with the columns asked for', () => {
    const csv = exportCsv(annExport.records);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_COLUMNS.join(','));
    expect(lines).toHaveLength(4);
    const practice = callRows([annPractice])[0]!;
    expect(practice).toMatchObject({ candidate: 'Ann Example', kind: 'practice', track: '', attempt: '', scenario: 'alpha', outcome: 'resolved', empathy: 50, overall: 70, triggers_used: 'i_dont_know i_dont_know', result: 'practice' });
    expect(callRows([bobFailed]).map((r) => [r.track, r.attempt, r.result])).toEqual([
      ['test-track', 'bob-1', 'fail'],
      ['test-track', 'bob-1', 'fail'],
    ]);
  });

  it('round-trips, even names with commas, quotes, line breaks and formula signs', () => {
    const awkward = practiceCall({ candidate: '=SUM(A1) "Ann", Jr.', scenarioTitle: 'Line one\nline two, "quoted"', report: fakeReport({ outcome: null }) });
    const records = [annAttempt, annPractice, bobFailed, awkward];
    const csv = exportCsv(records);
    expect(csv).toContain(`"'=SUM(A1) ""Ann"", Jr."`);
    expect(parseCsvExport(csv, 'all.csv')).toEqual(callRows(records));
  });

  it('writes a rubric the call did not assess as an empty cell and reads it back as not assessed', () => {
    const untested = practiceCall({ report: fakeReport({ scores: { empathy: 80, ownership: null, expectations: null, triggers: 100, overall: 90 } }) });
    const csv = exportCsv([untested]);
    expect(csv.split('\r\n')[1]).toContain(',80,,,100,90,');
    expect(parseCsvExport(csv, 'one.csv')[0]).toMatchObject({ empathy: 80, ownership: null, expectations: null, triggers: 100, overall: 90 });
  });

  it('names the file and line of a bad row', () => {
    const csv = exportCsv([annAttempt, annPractice]);
    const lines = csv.split('\r\n');
    lines[2] = lines[2]!.replace(',resolved,', ',vanished,');
    expect(() => parseCsvExport(lines.join('\r\n'), 'x.csv')).toThrow(/^x\.csv:3: outcome: Invalid input/);
    lines[2] = lines[2]!.replace(',vanished,', ',resolved,').replace(',100,', ',,');
    expect(() => parseCsvExport(lines.join('\r\n'), 'x.csv')).toThrow(/^x\.csv:3: .*expected a number/);
    expect(() => parseCsvExport('name,score\r\nAnn,3\r\n', 'y.csv')).toThrow(/^y\.csv:1: not a Frontline CSV export/);
    expect(() => parseCsvExport('', 'z.csv')).toThrow(/^z\.csv:1: not a Frontline CSV export: the file is empty/);
  });
});

describe('summarizeCohort with rubrics not assessed', () => {
  it('leaves a call that did not assess a rubric out of that rubric\'s mean', () => {
    const calls = [fakeReport({ scores: scores(60, 80, 70, 100, 70) }), fakeReport({ scores: { empathy: null, ownership: 40, expectations: null, triggers: 100, overall: 70 } })];
    const attempt = attemptOf({ id: 'cy-1', candidate: 'Cy', calls });
    const trainee = summarizeCohort([makeExport({ traineeId: ANN_ID, candidate: 'Cy', records: [attempt], now: at(60) })]).trainees[0]!;
    expect(trainee.averages).toMatchObject({ empathy: 60, ownership: 60, expectations: 70, overall: 70 });
  });
});

describe('summarizeCohort', () => {
  // Ann: one passed attempt (overall 90, 80) and a practice call (70). Bob: one failed attempt (60, 50), one open.
  it('aggregates per trainee, per scenario (lowest first) and per trigger (most used first)', () => {
    const summary = summarizeCohort([annExport, bobExport]);
    expect(summary.trainees).toEqual([
      { key: ANN_ID, traineeId: ANN_ID, homePage: null, candidate: 'Ann Example', otherNames: [], attempts: 1, passed: 1, failed: 0, inProgress: 0, calls: 3, averages: { empathy: 70, ownership: 76.7, expectations: 73.3, triggers: 93.3, overall: 80 } },
      { key: BOB_ID, traineeId: BOB_ID, homePage: null, candidate: 'Bob Sample', otherNames: [], attempts: 2, passed: 0, failed: 1, inProgress: 1, calls: 2, averages: { empathy: 45, ownership: 50, expectations: 55, triggers: 62.5, overall: 55 } },
    ]);
    expect(summary.scenarios.map(({ scenarioId, title, calls, averageOverall }) => ({ scenarioId, title, calls, averageOverall }))).toEqual([
      { scenarioId: 'beta', title: 'Beta Call', calls: 2, averageOverall: 65 },
      { scenarioId: 'alpha', title: 'Alpha Call', calls: 3, averageOverall: 73.3 },
    ]);
    expect(summary.triggers.map(({ id, count }) => ({ id, count }))).toEqual([
      { id: 'calm_down', count: 3 },
      { id: 'i_dont_know', count: 2 },
      { id: 'whatever', count: 2 },
    ]);
  });

  it('counts a record exported twice once, keeping an attempt at its latest state', () => {
    const earlier = makeExport({ traineeId: ANN_ID, candidate: 'Ann Example', records: [attemptOf({ id: 'ann-1', candidate: 'Ann Example', calls: [fakeReport()], open: true })], now: at(30) });
    expect(summarizeCohort([earlier, annExport, bobExport, annExport])).toEqual(summarizeCohort([annExport, bobExport]));
    expect(summarizeCohort([earlier]).trainees[0]).toMatchObject({ attempts: 1, inProgress: 1, calls: 1 });
  });

  it('gives a trainee with no calls no averages', () => {
    const empty = makeExport({ traineeId: BOB_ID, candidate: 'Cy', records: [bobOpen], now: at(1) });
    expect(summarizeCohort([empty]).trainees[0]!.averages).toBeNull();
  });
});

describe('importing several export files', () => {
  it('loads the good files and reports a bad one by name and line', () => {
    const files = [
      { name: 'ann.json', text: exportJson(annExport) },
      { name: 'broken.json', text: '{\n  "format": "frontline.export",\n  "version": 2,\n' },
      { name: 'bob.json', text: exportJson(bobExport) },
      { name: 'notes.csv', text: exportCsv(annExport.records) },
    ];
    const state = files.reduce((s, file) => withImport(s, file.name, importExportFile(file.name, new TextEncoder().encode(file.text))), NO_IMPORTS);
    const exports = state.loaded.map((file) => file.document);
    const { problems } = state;
    expect(exports).toEqual([annExport, bobExport]);
    expect(problems.map((p) => p.file)).toEqual(['broken.json', 'notes.csv']);
    expect(problems[0]!.message).toMatch(/^line 4: not valid JSON/);
    expect(problems[1]!.message).toMatch(/^line 1: not valid JSON/);
    expect(summarizeCohort(exports).trainees.map((t) => t.candidate)).toEqual(['Ann Example', 'Bob Sample']);
  });
});
