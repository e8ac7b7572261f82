import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import { displayName, learnerKey, resumeData, SCORM_START_ELEMENTS, ScormStartSchema, type ScormStart } from '../engine/scorm/scorm-start.ts';
import { progressValues, resultValues, type ScormValues } from '../engine/scorm/scorm-values.ts';
import { packSuspendData } from '../engine/scorm/suspend-data.ts';
import { isoDuration } from '../engine/xapi/iso-duration.ts';
import type { ScormApi } from './scorm-api.ts';

/** A SCORM 2004 session with the LMS: Initialize, the attempt's progress and result as data model values, a Commit after each change, Terminate. */
export class ScormReporting {
  private terminated = false;

  private constructor(
    private readonly api: ScormApi,
    private readonly start: ScormStart,
    private readonly now: () => number,
    private readonly startedAt: number,
  ) {}

  /** Initialize the session and read what the launch needs; rejects with the LMS's reason. */
  static initialize(api: ScormApi, now: () => number): ScormReporting {
    if (api.Initialize('') !== 'true') throw new Error(lmsError(api, 'Initialize'));
    const read = Object.fromEntries(Object.entries(SCORM_START_ELEMENTS).map(([key, element]) => [key, api.GetValue(element)]));
    const start = ScormStartSchema.safeParse(read);
    if (!start.success) {
      const issue = start.error.issues[0];
      api.Terminate('');
      throw new Error(`the LMS gave ${SCORM_START_ELEMENTS[issue?.path[0] as keyof typeof SCORM_START_ELEMENTS] ?? 'a value'} that SCORM does not allow (${issue?.message})`);
    }
    return new ScormReporting(api, start.data, now, now());
  }

  /** The learner's name as the LMS gave it, first name first. */
  learnerName(): string {
    return displayName(this.start.learnerName);
  }

  /** Who the LMS launched, as suspend data records it (see learnerKey). */
  learner(): string {
    return learnerKey(this.start);
  }

  /** The suspend data to resume from, when the LMS asks for a resume. */
  resumeData(): string | undefined {
    return resumeData(this.start);
  }

  /** Report an attempt in progress and keep its resume state in `cmi.suspend_data`; a finished attempt waits for `finish`. */
  progress(attempt: AttemptRecord): void {
    if (this.terminated || attempt.status !== 'in_progress') return;
    this.apply(progressValues(attempt, this.sessionMs(), packSuspendData(attempt, this.learner()).text));
  }

  /** Report a finished attempt's result and end the session. */
  finish(attempt: AttemptRecord): void {
    if (this.terminated) return;
    try {
      this.apply(resultValues(attempt, this.sessionMs(), this.start.scaledPassingScore));
    } finally {
      this.terminate();
    }
  }

  /** The window is going away before the end: record the time, keep the attempt suspended, and end the session. */
  suspend(): void {
    if (this.terminated) return;
    try {
      this.apply([
        ['cmi.session_time', isoDuration(this.sessionMs())],
        ['cmi.exit', 'suspend'],
      ]);
    } finally {
      this.terminate();
    }
  }

  private sessionMs(): number {
    return this.now() - this.startedAt;
  }

  /** Set each value, then Commit; throws with every value the LMS refused. */
  private apply(values: ScormValues): void {
    const refused = values.flatMap(([element, value]) => (this.api.SetValue(element, value) === 'true' ? [] : [lmsError(this.api, `SetValue ${element}`)]));
    if (this.api.Commit('') !== 'true') refused.push(lmsError(this.api, 'Commit'));
    if (refused.length > 0) throw new Error(refused.join('; '));
  }

  private terminate(): void {
    this.terminated = true;
    this.api.Terminate('');
  }
}

/** The LMS's error for the call just made, in words. */
function lmsError(api: ScormApi, call: string): string {
  const code = api.GetLastError();
  return `${call} failed (${code}: ${api.GetErrorString(code) || 'unknown error'})`;
}
