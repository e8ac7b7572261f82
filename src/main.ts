// First: schemas must be made without eval, which the page's Content-Security-Policy forbids.
import './platform/zod-without-eval.ts';
import bundled from 'virtual:frontline/stories';
import { isCmi5Launch } from './engine/cmi5/cmi5-params.ts';
import { findScormApi, type ApiWindow } from './lms/scorm-api.ts';
import { SavedDataStore } from './platform/saved-data-store.ts';
import { browserStore } from './platform/storage.ts';
import type { App, Intent } from './app/app.ts';
import { CallKitAccess } from './app/call-kit-access.ts';
import { PracticeRecords } from './app/practice-records.ts';
import { refusedWriteReporter } from './app/refused-writes.ts';
import { RecordsAccess } from './app/records-access.ts';
import { Reporting } from './app/reporting.ts';
import { lazyRoute } from './app/lazy-route.ts';
import { Router } from './app/router.ts';
import { StoryLibrary } from './app/story-library.ts';
import { menuRoute } from './app/screens/menu.ts';
import { h } from './ui/dom.ts';
import { showNotices, showProblem } from './ui/notices-view.ts';
import { renderSoundControls } from './ui/sound-controls.ts';
import { renderTypingControl } from './ui/typing-control.ts';
import './ui/styles.css';

// The composition root: the page's frame, the shared services, and one route per screen.
const notices = h('div', { class: 'notices', attrs: { role: 'status' } });
const problem = (message: string): void => showProblem(notices, message);
const titleOf = (scenarioId: string) => bundled.find((s) => s.id === scenarioId)?.header.title;
// Every write the browser refuses is reported in words, from the first one on (the audit may move damaged data aside).
const saves = new SavedDataStore(browserStore(globalThis.localStorage, refusedWriteReporter(titleOf, problem)), { titleOf });
const startupNotices = saves.audit();
const root = document.querySelector<HTMLElement>('#app') ?? document.body.appendChild(h('main', { attrs: { id: 'app' } }));
const now = () => new Date().toISOString();
const show = (screen: HTMLElement): void => {
  root.replaceChildren(screen);
  screen.querySelector<HTMLElement>('h1')?.focus();
};
const stories = new StoryLibrary(bundled);
const storyHashes = () => stories.hashes();
const kit = new CallKitAccess(saves.settings(), show);
const reporting = new Reporting((id) => stories.load(id), problem);
const router = new Router<Intent>(() => kit.pause());
const records = new RecordsAccess(now, show, problem, () => router.go(''));
const app: App = {
  stories,
  saves,
  nav: router,
  root,
  show,
  problem,
  kit,
  records,
  practice: new PracticeRecords({ saves, store: browserStore(), records, reporting, storyHashes, problem }),
  reporting,
  storyHashes,
  now,
};
// Only the menu is in the first screen's code; every other screen loads when first shown (the
// call's, the most likely next, is also fetched when the page is idle).
const callScreen = () => import('./app/screens/call.ts');
router.add([
  menuRoute(app, notices),
  lazyRoute(app, /^call\/([a-z0-9-]+)$/, () => callScreen().then((m) => m.callRoute(app))),
  lazyRoute(app, /^debrief\/([\w-]+)$/, () => import('./app/screens/debrief.ts').then((m) => m.debriefRoute(app))),
  lazyRoute(app, /^certification$/, () => import('./app/screens/certification.ts').then((m) => m.certificationRoute(app))),
  lazyRoute(app, /^certification\/results\/([\w-]+)$/, () => import('./app/screens/attempt-results.ts').then((m) => m.attemptResultsRoute(app))),
  lazyRoute(app, /^certificate\/([\w-]+)$/, () => import('./app/screens/attempt-results.ts').then((m) => m.certificateRoute(app))),
  lazyRoute(app, /^history$/, () => import('./app/screens/history.ts').then((m) => m.historyRoute(app))),
  lazyRoute(app, /^results$/, () => import('./app/screens/trainer-results.ts').then((m) => m.trainerResultsRoute(app))),
  lazyRoute(app, /^lrs$/, () => import('./app/screens/lrs.ts').then((m) => m.lrsRoute(app))),
  lazyRoute(app, /^profile$/, () => import('./app/screens/profile.ts').then((m) => m.profileRoute(app))),
  lazyRoute(app, /^phrasebook$/, () => import('./app/screens/phrasebook.ts').then((m) => m.phrasebookRoute(app))),
  lazyRoute(app, /^studio(?:\/([a-z0-9-]+))?$/, () => import('./studio/studio-route.ts').then((m) => m.studioRoute(app))),
  lazyRoute(app, /^learn\/(.+)$/, () => import('./app/screens/learn-routes.ts').then((m) => m.learnRoutes(app))),
]);

const header = h(
  'header',
  { class: 'app-header' },
  h('a', { class: 'brand', attrs: { href: '#/' }, on: { click: (e) => (e.preventDefault(), router.go('')) } }, 'Frontline'),
  h(
    'div',
    { class: 'header-settings' },
    renderTypingControl(saves.settings().typing, (typing) => saves.saveSettings({ typing })),
    renderSoundControls(saves.settings(), (next) => {
      saves.saveSettings(next);
      kit.setSound(next);
    }),
  ),
);
root.before(header, notices);
root.after(kit.stageHost);
showNotices(notices, startupNotices);
app.practice.storePending();

const scormApi = isCmi5Launch(location.search) ? undefined : findScormApi(window as unknown as ApiWindow);
// The LMS launches' code loads only when an LMS launched the app.
const lms = () => import('./app/lms-launch.ts');
if (isCmi5Launch(location.search)) void lms().then(({ launchCmi5 }) => launchCmi5(app)).then((first) => first !== undefined && router.start(first));
else if (scormApi) void lms().then(({ launchScorm }) => launchScorm(app, scormApi)).then((first) => first !== undefined && router.start(first));
else router.start();
performance.mark('frontline:menu-ready');
reporting.resumeOutbox();
// Build the call kit (its code, rubrics, the drawn stage, the sounds) while the trainee reads
// the menu, so that a call starts at once.
const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
idle(() => {
  kit.warm();
  callScreen().catch(() => undefined); // a failure is reported when the call screen is opened
});
