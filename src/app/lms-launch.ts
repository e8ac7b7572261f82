import { parseCmi5Launch } from '../engine/cmi5/cmi5-launch.ts';
import type { ScormApi } from '../lms/scorm-api.ts';
import { browserStore } from '../platform/storage.ts';
import { loadTrack } from '../platform/track-source.ts';
import { h } from '../ui/dom.ts';
import { renderLaunchError } from '../ui/launch-error-view.ts';
import { renderMessage } from '../ui/message-view.ts';
import type { App } from './app.ts';
import { failureWords, MAKE_ROOM } from '../platform/storage-problem.ts';

/** A screen with a heading only, while something loads. */
function renderWaiting(title: string): HTMLElement {
  return h('section', { class: 'screen message', attrs: { 'aria-busy': 'true' } }, h('h1', { attrs: { tabindex: -1 } }, title));
}

/** Launched by an LMS with cmi5 parameters: check them and start the session; returns the first screen's address, or undefined after showing why it cannot start. */
export async function launchCmi5(app: App): Promise<string | undefined> {
  const check = parseCmi5Launch(location.search);
  if (!check.ok) {
    app.show(renderLaunchError('The address this course was opened with is not a valid cmi5 launch.', check.problems));
    return undefined;
  }
  app.show(renderWaiting('Connecting to your learning platform…'));
  try {
    const { Cmi5Reporting } = await import('../lms/cmi5-reporting.ts');
    app.reporting.cmi5 = await Cmi5Reporting.launch(check.launch, browserStore(globalThis.sessionStorage), new URL('xapi', document.baseURI).href);
  } catch (error) {
    app.show(renderLaunchError(`The learning platform could not be reached, or refused the launch: ${(error as Error).message}.`, []));
    return undefined;
  }
  app.saves.saveName(app.reporting.cmi5.learnerName());
  return 'certification';
}

/** Running as a SCO: start the SCORM session and resume the attempt the LMS kept; returns the first screen's address, or undefined after showing why it cannot start. */
export async function launchScorm(app: App, api: ScormApi): Promise<string | undefined> {
  app.show(renderWaiting('Connecting to your learning platform…'));
  try {
    const { ScormReporting } = await import('../lms/scorm-reporting.ts');
    app.reporting.scorm = ScormReporting.initialize(api, Date.now);
  } catch (error) {
    app.show(renderLaunchError(`The learning platform refused to start this course: ${(error as Error).message}.`, []));
    return undefined;
  }
  addEventListener('pagehide', () => app.reporting.suspend());
  const name = app.reporting.scorm.learnerName();
  if (name) app.saves.saveName(name);
  const kept = app.reporting.scorm.resumeData();
  return kept ? resumeScorm(app, kept, app.reporting.scorm.learner()) : 'certification';
}

/** Store the attempt whose state the LMS kept in `cmi.suspend_data` in this browser's records, so the certification screen resumes it (or its results show). */
async function resumeScorm(app: App, kept: string, learner: string): Promise<string | undefined> {
  const loaded = await app.kit.load();
  const found = loaded && (await app.records.load());
  if (!loaded || !found) return undefined;
  const cannot = (message: string) => (app.show(renderMessage('Your attempt cannot resume', message, () => app.nav.go(''))), undefined);
  const { unpackSuspendData } = await import('../engine/scorm/suspend-data.ts');
  const shipped = { rubricData: loaded.kit.rubrics.data, track: loadTrack(), storyHashes: app.storyHashes() };
  const unpacked = unpackSuspendData(kept, shipped, learner);
  if (!unpacked.ok) return cannot(`Your learning platform kept your place, but ${unpacked.reason}.`);
  const attempt = 'attempt' in unpacked ? unpacked.attempt : found.loaded.attempts.find((a) => a.id === unpacked.attemptId);
  if (!attempt) return cannot('Your progress in this attempt is kept only in the browser where you started it: open the course there to go on.');
  try {
    await found.store.saveAttempt(attempt);
  } catch (error) {
    return cannot(`It could not be stored in this browser: ${failureWords(error)}. ${MAKE_ROOM}`);
  }
  return attempt.status === 'in_progress' ? 'certification' : `certification/results/${attempt.id}`;
}
