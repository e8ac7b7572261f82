import type { AttemptRecord } from '../engine/records/attempt-record.ts';
import type { CallRecord } from '../engine/records/call-record.ts';
import type { Cmi5Reporting } from '../lms/cmi5-reporting.ts';
import type { ScormReporting } from '../lms/scorm-reporting.ts';
import { loadLrsSettings } from '../platform/lrs-settings.ts';
import { browserStore } from '../platform/storage.ts';
import type { XapiReporting } from '../platform/xapi-reporting.ts';
import type { Scenario } from '../ui/call-controller.ts';
import { failureWords } from '../platform/storage-problem.ts';

/** Where results go besides this browser: the LRS in the settings, or the LMS that launched the app (cmi5 or SCORM). */
export class Reporting {
  private xapi: Promise<XapiReporting> | undefined;
  /** The cmi5 session when an LMS launched the app; its statements go to the LMS's LRS instead of the one in the settings. */
  cmi5: Cmi5Reporting | undefined;
  /** The SCORM 2004 session when the app runs as a SCO inside an LMS. */
  scorm: ScormReporting | undefined;

  constructor(
    private readonly loadStory: (id: string) => Promise<Scenario>,
    private readonly problem: (message: string) => void,
  ) {}

  /** The LRS settings and outbox, opened once. */
  openXapi(): Promise<XapiReporting> {
    if (!this.xapi) {
      // The xAPI client loads only when there is something to send: the menu does not need it.
      this.xapi = import('../platform/xapi-reporting.ts').then(({ XapiReporting: Reporting }) => Reporting.open(browserStore(), new URL('xapi', document.baseURI).href));
      this.xapi.catch(() => (this.xapi = undefined));
    }
    return this.xapi;
  }

  /** Statements queued in an earlier session go out as soon as the app starts, not at the next call. */
  resumeOutbox(): void {
    if (loadLrsSettings(browserStore())) void this.openXapi().catch(() => undefined);
  }

  /** Queue a finished call's xAPI statements; a failure shows, and never stops the call. */
  call(call: CallRecord, lines: string[], trackName?: string): void {
    void (this.cmi5 ? Promise.resolve(this.cmi5) : this.openXapi())
      .then((reporting) => reporting.report(call, lines, trackName))
      .catch((error: unknown) => this.problem(`This call could not be queued for your learning record store: ${failureWords(error)}.`));
  }

  /** Queue the statements of an attempt's recorded calls; ids make this a no-op for those queued before, and it recovers those a closed window never queued. */
  requeue(attempt: AttemptRecord): void {
    for (const call of attempt.calls) this.callAgain(call, attempt.trackName);
  }

  /** Queue a recorded call's statements again, its lines replayed from the story; a no-op without an LRS or LMS. */
  callAgain(call: CallRecord, trackName?: string): void {
    if (!this.cmi5 && !loadLrsSettings(browserStore())) return;
    // The story runtime is not in the menu's code: it loads with the first story it replays.
    Promise.all([this.loadStory(call.scenarioId), import('../engine/story/chosen-lines.ts')]).then(
      ([scenario, { chosenLines }]) => this.call(call, chosenLines(scenario.json, call.path, `${call.scenarioId}.ink`), trackName),
      (error: unknown) => this.problem(`A recorded call could not be queued for your learning record store: ${(error as Error).message}.`),
    );
  }

  /** Tell the SCORM LMS where the attempt stands; a refusal shows, and never stops the run. */
  scormProgress(attempt: AttemptRecord): void {
    this.toScorm((scorm) => scorm.progress(attempt));
  }

  /** The attempt is over: tell the LMS, SCORM or cmi5. */
  finished(attempt: AttemptRecord): void {
    this.toScorm((scorm) => scorm.finish(attempt));
    if (this.cmi5) void this.cmi5.finish(attempt).catch((error: unknown) => this.problem(`The result could not be queued for your LMS: ${(error as Error).message}.`));
  }

  /** The window is going away: the SCORM LMS keeps the learner's place. */
  suspend(): void {
    this.toScorm((scorm) => scorm.suspend());
  }

  private toScorm(report: (scorm: ScormReporting) => void): void {
    try {
      if (this.scorm) report(this.scorm);
    } catch (error) {
      this.problem(`Your learning platform did not accept your progress: ${(error as Error).message}.`);
    }
  }
}
