import stories from 'virtual:frontline/stories';
import { blockersFor } from './engine/certification/pass-rules.ts';
import { canStartAttempt } from './engine/certification/can-start-attempt.ts';
import { startAttempt } from './engine/certification/start-attempt.ts';
import { contentHash } from './engine/hash.ts';
import type { AttemptRecord } from './engine/records/attempt-record.ts';
import { exportCsv } from './engine/records/csv-export.ts';
import { exportJson, makeExport } from './engine/records/export-document.ts';
import { makeCallRecord } from './engine/records/make-call-record.ts';
import type { CallReport } from './engine/scoring/call-report.ts';
import { trackScenarioIds } from './engine/schema/track.ts';
import { CallLoader } from './game/call-loader.ts';
import { downloadText } from './platform/download.ts';
import { RecordsStore } from './platform/records-store.ts';
import { loadTrack } from './platform/track-source.ts';
import { browserClock } from './platform/clock.ts';
import { prefersReducedMotion } from './platform/reduced-motion.ts';
import { SavedDataStore } from './platform/saved-data-store.ts';
import { browserStore } from './platform/storage.ts';
import { loadLrsSettings } from './platform/lrs-settings.ts';
import { XapiReporting } from './platform/xapi-reporting.ts';
import { isCmi5Launch, parseCmi5Launch } from './engine/cmi5/cmi5-launch.ts';
import { chosenLines } from './engine/story/chosen-lines.ts';
import type { Cmi5Reporting } from './lms/cmi5-reporting.ts';
import { findScormApi, type ApiWindow, type ScormApi } from './lms/scorm-api.ts';
import type { ScormReporting } from './lms/scorm-reporting.ts';
import type { CallKit } from './ui/call-kit.ts';
import type { CallStart, RunningCall, Scenario } from './ui/call-controller.ts';
import { renderCertificate } from './ui/certificate-view.ts';
import { renderCertificationIntro } from './ui/certification-intro-view.ts';
import { renderCertificationResults } from './ui/certification-results-view.ts';
import { runAttempt } from './ui/certification-run.ts';
import { renderCohortView } from './ui/cohort-view.ts';
import { h } from './ui/dom.ts';
import { renderHistory } from './ui/history-view.ts';
import { renderLaunchError } from './ui/launch-error-view.ts';
import { renderLrsSettings } from './ui/lrs-settings-view.ts';
import { renderLoading } from './ui/loading-view.ts';
import { renderMenu } from './ui/menu-view.ts';
import { renderMessage } from './ui/message-view.ts';
import { showNotices, showProblem } from './ui/notices-view.ts';
import { renderSoundControls, type SoundSettings } from './ui/sound-controls.ts';
import './ui/styles.css';

const saves = new SavedDataStore(browserStore());
const startupNotices = saves.audit();
let sound: SoundSettings = saves.settings();
const loader = new CallLoader();
// Phaser measures its parent at boot, so the stage waits in the document, out of sight, until a call shows it.
const stageHost = h('div', { class: 'stage-host offstage' });
let kit: CallKit | undefined;
let activeCall: RunningCall | undefined;
let records: Promise<RecordsStore> | undefined;
let xapi: Promise<XapiReporting> | undefined;
/** The cmi5 session when an LMS launched the app; its statements go to the LMS's LRS instead of the one in the settings. */
let cmi5: Cmi5Reporting | undefined;
/** The SCORM 2004 session when the app runs as a SCO inside an LMS. */
let scorm: ScormReporting | undefined;
let hashes: Record<string, string> | undefined;
// Async screens check this so that a slow load never paints over the screen the user moved on to.
let screenCount = 0;
const now = () => new Date().toISOString();
/** The name on records made before the trainee gave one. */
const UNNAMED = 'Trainee';

const app = document.querySelector<HTMLElement>('#app') ?? document.body.appendChild(h('main', { attrs: { id: 'app' } }));
const notices = h('div', { class: 'notices', attrs: { role: 'status' } });
const header = h(
  'header',
  { class: 'app-header' },
  h('a', { class: 'brand', attrs: { href: '#/' }, on: { click: (e) => (e.preventDefault(), showMenu()) } }, 'Frontline'),
  renderSoundControls(sound, (next) => {
    sound = next;
    saves.saveSettings(next);
    kit?.cues.setMuted(next.muted);
    kit?.cues.setVolume(next.volume);
  }),
);
app.before(header, notices);
app.after(stageHost);

function route(path: string): void {
  history.replaceState(null, '', `#/${path}`);
}

/** Leave whatever call is on screen (it saves itself) and start a new screen; returns its number. */
function leaveScreen(path: string): number {
  activeCall?.stop();
  activeCall = undefined;
  kit?.stage.pause();
  route(path);
  return ++screenCount;
}

function show(screen: HTMLElement): void {
  app.replaceChildren(screen);
  screen.querySelector<HTMLElement>('h1')?.focus();
}

function openRecords(): Promise<RecordsStore> {
  if (!records) {
    records = RecordsStore.open({ now });
    records.catch(() => (records = undefined));
  }
  return records;
}

function openXapi(): Promise<XapiReporting> {
  if (!xapi) {
    xapi = XapiReporting.open(browserStore(), new URL('xapi', document.baseURI).href);
    xapi.catch(() => (xapi = undefined));
  }
  return xapi;
}

/** Queue a finished call's xAPI statements for the LRS; a failure shows, and never stops the call. */
function reportToLrs(call: Parameters<XapiReporting['report']>[0], lines: string[], trackName?: string): void {
  void (cmi5 ? Promise.resolve(cmi5) : openXapi())
    .then((reporting) => reporting.report(call, lines, trackName))
    .catch((error: unknown) => showProblem(notices, `This call could not be queued for your learning record store: ${(error as Error).message}.`));
}

function storyHashes(): Record<string, string> {
  hashes ??= Object.fromEntries(stories.map((s) => [s.id, contentHash(s.json)]));
  return hashes;
}

/** The stored records, or undefined after showing why they cannot be read. */
async function loadRecords(): Promise<{ store: RecordsStore; loaded: Awaited<ReturnType<RecordsStore['load']>> } | undefined> {
  try {
    const store = await openRecords();
    const loaded = await store.load();
    if (loaded.quarantined.length > 0) showProblem(notices, `${loaded.quarantined.length} damaged ${loaded.quarantined.length === 1 ? 'record was' : 'records were'} set aside (not deleted); Your history lists them.`);
    return { store, loaded };
  } catch (error) {
    show(renderMessage('Your records cannot be opened', `This browser would not open Frontline’s records: ${(error as Error).message}.`, showMenu));
    return undefined;
  }
}

function showMenu(): void {
  leaveScreen('');
  const entries = stories.map(({ id, header: h }) => ({ header: h, best: saves.best(id), hasSave: saves.callSave(id)?.mode === 'practice' }));
  show(renderMenu(entries, { start: (id, resume) => void startCall(id, resume), certification: () => void showCertification(), history: () => void showHistory(), results: showResults, lrs: () => void showLrsSettings() }));
  showNotices(notices, saves.takeNotices());
}

/** The call kit, loaded with a progress bar when the trainee has to wait; undefined if it failed (the screen says why). */
async function loadKit(): Promise<Awaited<ReturnType<CallLoader['load']>> | undefined> {
  const options = { animate: !prefersReducedMotion(), sound };
  if (loader.ready) return loader.load(stageHost, options);
  const loading = renderLoading();
  show(loading.element);
  const stop = loader.listen((fraction, step) => loading.update(fraction, step));
  try {
    return await loader.load(stageHost, options);
  } catch (error) {
    loading.fail(`The call could not load: ${(error as Error).message}. Reload the page to try again.`);
    return undefined;
  } finally {
    stop();
  }
}

/** Keep a finished practice call in the records, for the history and exports. */
async function recordPractice(scenario: Scenario, report: CallReport, durationMs: number): Promise<void> {
  const endedAt = new Date();
  const record = makeCallRecord({
    kind: 'practice',
    candidate: saves.name() ?? UNNAMED,
    trackId: null,
    attemptId: null,
    scenarioId: scenario.id,
    scenarioTitle: scenario.header.title,
    storyHash: storyHashes()[scenario.id]!,
    startedAt: new Date(endedAt.getTime() - durationMs).toISOString(),
    endedAt: endedAt.toISOString(),
    durationMs,
    passed: null,
    report,
  });
  reportToLrs(record, report.choices.map((choice) => choice.text));
  try {
    await (await openRecords()).saveCall(record);
  } catch (error) {
    showProblem(notices, `This practice call could not be added to your history: ${(error as Error).message}.`);
  }
}

async function startCall(id: string, resume: boolean): Promise<void> {
  const scenario = stories.find((s) => s.id === id);
  if (!scenario) return showMenu();
  const save = resume ? saves.callSave(id) : undefined;
  if (resume && save?.mode !== 'practice') return showMenu();
  if (!resume) saves.dropCall(id);
  const mine = leaveScreen(`call/${id}`);
  const loaded = await loadKit();
  if (!loaded || mine !== screenCount) return;
  kit = loaded.kit;
  const animate = !prefersReducedMotion();
  const run = (start: CallStart): void => {
    activeCall?.stop();
    activeCall = loaded.chunk.runCall(
      {
        root: app,
        scenario,
        kit: loaded.kit,
        saves,
        clock: browserClock,
        animate,
        mode: 'practice',
        scoring: loaded.kit.rubrics,
        onEnded: (report, durationMs) => void recordPractice(scenario, report, durationMs),
        onScreen: (screen) => route(`${screen}/${id}`),
        onMenu: showMenu,
        onRestart: (next) => {
          saves.dropCall(id);
          run(next);
        },
      },
      start,
    );
    if (!activeCall) showMenu();
  };
  run(save ? { kind: 'resume', save } : { kind: 'new' });
}

/** The certification entry: resume the attempt in progress, else state the rules and take the candidate's name. */
async function showCertification(): Promise<void> {
  const mine = leaveScreen('certification');
  const loaded = await loadKit();
  const found = loaded && (await loadRecords());
  if (!loaded || !found || mine !== screenCount) return;
  kit = loaded.kit;
  const open = found.loaded.attempts.find((attempt) => attempt.status === 'in_progress');
  if (open) return playAttempt(open, found.store, loaded);
  const track = loadTrack();
  const headers = trackScenarioIds(track).flatMap((id) => stories.find((s) => s.id === id)?.header ?? []);
  const blockers = [...blockersFor(track, loaded.kit.rubrics.data)].map((id) => loaded.kit.triggers.get(id)?.family ?? id);
  const begin = async (name: string): Promise<string | undefined> => {
    saves.saveName(name);
    const at = now();
    const { attempts } = await found.store.load();
    const check = canStartAttempt(attempts.filter((attempt) => attempt.candidate.trim() === name), track, at);
    if (!check.ok) return check.reason;
    const seed = crypto.getRandomValues(new Uint32Array(1))[0]! >>> 1;
    const attempt = startAttempt({ id: crypto.randomUUID(), candidate: name, track, data: loaded.kit.rubrics.data, storyHashes: storyHashes(), now: at, seed, attemptNumber: check.attemptNumber });
    try {
      await found.store.saveAttempt(attempt);
    } catch (error) {
      return `The attempt could not be stored, so it has not started: ${(error as Error).message}.`;
    }
    playAttempt(attempt, found.store, loaded);
    return undefined;
  };
  show(renderCertificationIntro({ track, calls: headers, blockers, name: saves.name() ?? '' }, { begin }));
}

type Loaded = NonNullable<Awaited<ReturnType<typeof loadKit>>>;

/** Queue the statements of calls already recorded; ids make this a no-op for those queued before, and it recovers those a closed window never queued. */
function requeueCalls(attempt: AttemptRecord): void {
  for (const call of attempt.calls) {
    const json = stories.find((s) => s.id === call.scenarioId)?.json;
    if (json) reportToLrs(call, chosenLines(json, call.path, `${call.scenarioId}.ink`), attempt.trackName);
  }
}

/** Tell the SCORM LMS where the attempt stands; a refusal shows, and never stops the run. */
function reportToScorm(report: (reporting: ScormReporting) => void): void {
  try {
    if (scorm) report(scorm);
  } catch (error) {
    showProblem(notices, `Your learning platform did not accept your progress: ${(error as Error).message}.`);
  }
}

function playAttempt(attempt: AttemptRecord, store: RecordsStore, loaded: Loaded): void {
  if (cmi5 || loadLrsSettings(browserStore())) requeueCalls(attempt);
  reportToScorm((reporting) => reporting.progress(attempt));
  activeCall = runAttempt(attempt, {
    root: app,
    records: store,
    saves,
    kit: loaded.kit,
    run: loaded.chunk.runCall,
    scenarios: stories,
    storyHashes: storyHashes(),
    clock: browserClock,
    animate: !prefersReducedMotion(),
    now,
    onCall: () => route('certification'),
    onCallRecorded: reportToLrs,
    onStored: (state) => reportToScorm((reporting) => reporting.progress(state)),
    onLeave: showMenu,
    onFinished: (finished) => {
      reportToScorm((reporting) => reporting.finish(finished));
      if (cmi5) void cmi5.finish(finished).catch((error: unknown) => showProblem(notices, `The result could not be queued for your LMS: ${(error as Error).message}.`));
      showAttemptResults(finished);
    },
    onProblem: (message) => show(renderMessage('The certification run cannot go on', message, showMenu)),
  });
}

/** A finished attempt's results. */
function showAttemptResults(attempt: AttemptRecord): void {
  leaveScreen(`certification/results/${attempt.id}`);
  show(renderCertificationResults(attempt, { certificate: () => showCertificate(attempt), history: () => void showHistory(), menu: showMenu }));
}

/** The certificate of a passed attempt. */
function showCertificate(attempt: AttemptRecord): void {
  leaveScreen(`certificate/${attempt.id}`);
  show(renderCertificate(attempt, { back: () => showAttemptResults(attempt) }));
}

/** Open a stored attempt's results or certificate by id, as a bookmarked or reloaded address asks. */
async function showStoredAttempt(id: string, certificate: boolean): Promise<void> {
  const mine = leaveScreen('');
  const found = await loadRecords();
  if (!found || mine !== screenCount) return;
  const attempt = found.loaded.attempts.find((a) => a.id === id && a.status !== 'in_progress');
  if (!attempt) return showMenu();
  if (certificate && attempt.status === 'passed') showCertificate(attempt);
  else showAttemptResults(attempt);
}

/** File names for exports: the trainee's name and the day. */
function exportName(name: string, extension: string): string {
  const slug = name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'trainee';
  return `frontline-${slug}-${now().slice(0, 10)}.${extension}`;
}

/** Past attempts and practice calls, exports, and what was set aside. */
async function showHistory(): Promise<void> {
  const mine = leaveScreen('history');
  const found = await loadRecords();
  if (!found || mine !== screenCount) return;
  const quarantined = await found.store.quarantine();
  const { calls, attempts } = found.loaded;
  const all = [...calls, ...attempts];
  const candidate = () => saves.name() ?? attempts[0]?.candidate ?? UNNAMED;
  show(
    renderHistory(
      { name: saves.name() ?? '', attempts, practice: calls.filter((call) => call.kind === 'practice'), quarantined },
      {
        rename: (name) => saves.saveName(name),
        exportJson: () => downloadText(exportName(candidate(), 'json'), exportJson(makeExport({ candidate: candidate(), records: all, now: now() })), 'application/json'),
        exportCsv: () => downloadText(exportName(candidate(), 'csv'), exportCsv(all), 'text/csv'),
        results: (id) => void showStoredAttempt(id, false),
        certificate: (id) => void showStoredAttempt(id, true),
        resume: () => void showCertification(),
      },
    ),
  );
}

/** The LRS settings, with the outbox's queue and last error. */
async function showLrsSettings(): Promise<void> {
  const mine = leaveScreen('lrs');
  try {
    const reporting = await openXapi();
    const summary = await reporting.summary();
    if (mine !== screenCount) return;
    show(renderLrsSettings(reporting.settings(), summary, { save: (input) => reporting.save(input), clear: () => reporting.clear(), sendNow: () => reporting.sendNow(), menu: showMenu }));
  } catch (error) {
    show(renderMessage('The outbox cannot be opened', `This browser would not open Frontline’s xAPI outbox: ${(error as Error).message}.`, showMenu));
  }
}

/** The trainer's results view. */
function showResults(): void {
  leaveScreen('results');
  show(renderCohortView());
}

/** Launched by an LMS with cmi5 parameters: check them, start the session, then go to the certification run. */
async function launchCmi5(): Promise<void> {
  const check = parseCmi5Launch(location.search);
  if (!check.ok) return show(renderLaunchError('The address this course was opened with is not a valid cmi5 launch.', check.problems));
  show(renderWaiting('Connecting to your learning platform…'));
  try {
    const { Cmi5Reporting } = await import('./lms/cmi5-reporting.ts');
    cmi5 = await Cmi5Reporting.launch(check.launch, browserStore(globalThis.sessionStorage), new URL('xapi', document.baseURI).href);
  } catch (error) {
    return show(renderLaunchError(`The learning platform could not be reached, or refused the launch: ${(error as Error).message}.`, []));
  }
  saves.saveName(cmi5.learnerName());
  void showCertification();
}

/** Running as a SCO: start the SCORM session, then resume the attempt the LMS kept, or go to the certification run. */
async function launchScorm(api: ScormApi): Promise<void> {
  show(renderWaiting('Connecting to your learning platform…'));
  try {
    const { ScormReporting } = await import('./lms/scorm-reporting.ts');
    scorm = ScormReporting.initialize(api, Date.now);
  } catch (error) {
    return show(renderLaunchError(`The learning platform refused to start this course: ${(error as Error).message}.`, []));
  }
  addEventListener('pagehide', () => reportToScorm((reporting) => reporting.suspend()));
  if (scorm.learnerName()) saves.saveName(scorm.learnerName());
  const kept = scorm.resumeData();
  if (kept) void resumeScorm(kept);
  else void showCertification();
}

/** Resume the attempt whose state the LMS kept in `cmi.suspend_data`, storing it in this browser's records first. */
async function resumeScorm(kept: string): Promise<void> {
  const mine = leaveScreen('certification');
  const loaded = await loadKit();
  const found = loaded && (await loadRecords());
  if (!loaded || !found || mine !== screenCount) return;
  kit = loaded.kit;
  const { unpackSuspendData } = await import('./engine/scorm/suspend-data.ts');
  const unpacked = unpackSuspendData(kept, { rubricData: loaded.kit.rubrics.data, track: loadTrack() });
  if (!unpacked.ok) return show(renderMessage('Your attempt cannot resume', `Your learning platform kept your place, but ${unpacked.reason}.`, showMenu));
  const attempt = 'attempt' in unpacked ? unpacked.attempt : found.loaded.attempts.find((a) => a.id === unpacked.attemptId);
  if (!attempt) return show(renderMessage('Your attempt cannot resume', 'Your progress in this attempt is kept only in the browser where you started it: open the course there to go on.', showMenu));
  if (attempt.status !== 'in_progress') return showAttemptResults(attempt);
  try {
    await found.store.saveAttempt(attempt);
  } catch (error) {
    return show(renderMessage('Your attempt cannot resume', `It could not be stored in this browser: ${(error as Error).message}.`, showMenu));
  }
  playAttempt(attempt, found.store, loaded);
}

/** A screen with a heading only, while something loads. */
function renderWaiting(title: string): HTMLElement {
  return h('section', { class: 'screen message', attrs: { 'aria-busy': 'true' } }, h('h1', { attrs: { tabindex: -1 } }, title));
}

showNotices(notices, startupNotices);
const hash = location.hash;
const resumeId = /^#\/call\/([a-z0-9-]+)$/.exec(hash)?.[1];
const stored = /^#\/(certification\/results|certificate)\/([\w-]+)$/.exec(hash);
const scormApi = isCmi5Launch(location.search) ? undefined : findScormApi(window as unknown as ApiWindow);
if (isCmi5Launch(location.search)) void launchCmi5();
else if (scormApi) void launchScorm(scormApi);
else if (resumeId && saves.callSave(resumeId)?.mode === 'practice') void startCall(resumeId, true);
else if (stored) void showStoredAttempt(stored[2]!, stored[1] === 'certificate');
else if (hash.startsWith('#/certification')) void showCertification();
else if (hash === '#/history') void showHistory();
else if (hash === '#/results') showResults();
else if (hash === '#/lrs') void showLrsSettings();
else showMenu();
performance.mark('frontline:menu-ready');
// Statements queued in an earlier session go out as soon as the app starts, not at the next call.
if (loadLrsSettings(browserStore())) void openXapi().catch(() => undefined);
// Fetch the call's code while the trainee reads the menu.
const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
// A failed prefetch is retried, and reported, when a call starts.
idle(() => void loader.prefetch().catch(() => undefined));
