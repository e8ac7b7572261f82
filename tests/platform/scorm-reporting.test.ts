import { Scorm2004API } from 'scorm-again';
import { describe, expect, it } from 'vitest';
import { recordCall } from '../../src/engine/certification/record-call.ts';
import { finishAttempt } from '../../src/engine/certification/finish-attempt.ts';
import { unpackSuspendData } from '../../src/engine/scorm/suspend-data.ts';
import { findScormApi, type ApiWindow, type ScormApi } from '../../src/lms/scorm-api.ts';
import { ScormReporting } from '../../src/lms/scorm-reporting.ts';
import { at, details, fakeReport, testAttempt, testData, testTrack } from '../engine/records/record-fixtures.ts';

/** scorm-again standing in for the LMS, with `cmi` loaded before the launch as an LMS would. */
function lms(cmi: Record<string, string> = {}): Scorm2004API {
  const api = new Scorm2004API({ logLevel: 5, autocommit: false });
  api.loadFromJSON({ learner_name: 'Hopper, Grace', ...cmi }, 'cmi');
  return api;
}

const value = (api: Scorm2004API, element: string) => api.GetValue(element);
/** The data model as the LMS would store it, write-only elements included. */
const stored = (api: Scorm2004API) => JSON.parse(JSON.stringify(api.cmi)) as { exit: string; session_time: string; completion_status: string; success_status: string; score: Record<string, string> };

describe('SCORM API discovery', () => {
  const win = (api?: unknown): ApiWindow => ({ API_1484_11: api, parent: null, opener: null });
  const chain = (top: ApiWindow, depth: number): ApiWindow => {
    let child = top;
    for (let i = 0; i < depth; i++) child = { parent: child, opener: null };
    return child;
  };
  const api = lms() as unknown as ScormApi;

  it('finds the API up the parents to the top, then through the opener and its parents', () => {
    const top = win(api);
    top.parent = top;
    expect(findScormApi(chain(top, 3))).toBe(api);
    const opener = chain(top, 2);
    expect(findScormApi({ parent: null, opener })).toBe(api);
    expect(findScormApi({ parent: win(), opener: null })).toBeUndefined();
  });

  it('ignores what is not an API, gives up after 500 parents, and stops at a window of another origin', () => {
    expect(findScormApi({ parent: win({ Initialize: () => 'true' }), opener: null })).toBeUndefined();
    expect(findScormApi(chain(win(api), 502))).toBeUndefined();
    expect(findScormApi(chain(win(api), 501))).toBe(api);
    const foreign = {
      get API_1484_11(): unknown {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
      parent: win(api),
      opener: null,
    };
    expect(findScormApi({ parent: foreign, opener: null })).toBeUndefined();
  });
});

describe('ScormReporting against scorm-again', () => {
  it('initializes, reports progress with resume data and a Commit, then the result, and terminates', () => {
    const api = lms();
    let clock = Date.parse(at(0));
    const reporting = ScormReporting.initialize(api as unknown as ScormApi, () => clock);
    expect(reporting.learnerName()).toBe('Grace Hopper');
    expect(reporting.resumeData()).toBeUndefined();
    let attempt = testAttempt();
    reporting.progress(attempt);
    clock += 90_000;
    attempt = recordCall(attempt, fakeReport({ scores: { overall: 90 } }), details('Alpha Call', 10));
    reporting.progress(attempt);
    expect(value(api, 'cmi.completion_status')).toBe('incomplete');
    expect(stored(api).exit).toBe('suspend');
    const shipped = { rubricData: testData(), track: testTrack(), storyHashes: attempt.rules.storyHashes };
    // scorm-again's learner_id is empty here, so the pack is keyed by the learner's name.
    expect(reporting.learner()).toBe('name:hopper, grace');
    expect(unpackSuspendData(value(api, 'cmi.suspend_data'), shipped, reporting.learner())).toEqual({ ok: true, attempt });
    clock += 30_000;
    attempt = finishAttempt(recordCall(attempt, fakeReport({ scores: { overall: 80 } }), details('Beta Call', 20)), at(25));
    reporting.progress(attempt);
    expect(value(api, 'cmi.progress_measure')).toBe('0.5');
    reporting.finish(attempt);
    expect(stored(api)).toMatchObject({ completion_status: 'completed', success_status: 'passed', score: { scaled: '0.85', raw: '85', min: '0', max: '100' }, session_time: 'PT2M', exit: 'normal' });
    expect(api.isTerminated()).toBe(true);
    reporting.suspend();
  });

  it('resumes when the LMS asks for it, and suspends on leaving with the session time', () => {
    const api = lms({ entry: 'resume', suspend_data: 'frontline2.ref.0123456789abcdef.attempt-1', scaled_passing_score: '0.9' });
    let clock = 0;
    const reporting = ScormReporting.initialize(api as unknown as ScormApi, () => clock);
    expect(reporting.resumeData()).toBe('frontline2.ref.0123456789abcdef.attempt-1');
    clock = 61_500;
    reporting.suspend();
    expect(stored(api)).toMatchObject({ session_time: 'PT1M1.5S', exit: 'suspend' });
    expect(api.isTerminated()).toBe(true);
  });

  it('fails with the LMS’s reason when Initialize is refused or a value is out of the data model', () => {
    const api = lms();
    api.Initialize('');
    expect(() => ScormReporting.initialize(api as unknown as ScormApi, () => 0)).toThrow(/Initialize failed \(103: /);
    expect(() => ScormReporting.initialize(lms({ scaled_passing_score: '' , entry: 'restart' }) as unknown as ScormApi, () => 0)).toThrow(/cmi.entry/);
  });
});
