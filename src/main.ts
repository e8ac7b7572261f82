import stories from 'virtual:frontline/stories';
import { isCmi5Launch } from './engine/cmi5/cmi5-launch.ts';
import { contentHash } from './engine/hash.ts';
import { findScormApi, type ApiWindow } from './lms/scorm-api.ts';
import { SavedDataStore } from './platform/saved-data-store.ts';
import { browserStore } from './platform/storage.ts';
import type { App, Intent } from './app/app.ts';
import { CallKitAccess } from './app/call-kit-access.ts';
import { launchCmi5, launchScorm } from './app/lms-launch.ts';
import { PracticeRecords } from './app/practice-records.ts';
import { RecordsAccess } from './app/records-access.ts';
import { Reporting } from './app/reporting.ts';
import { Router } from './app/router.ts';
import { attemptResultsRoute, certificateRoute } from './app/screens/attempt-results.ts';
import { callRoute } from './app/screens/call.ts';
import { certificationRoute } from './app/screens/certification.ts';
import { debriefRoute } from './app/screens/debrief.ts';
import { historyRoute } from './app/screens/history.ts';
import { lrsRoute } from './app/screens/lrs.ts';
import { menuRoute } from './app/screens/menu.ts';
import { trainerResultsRoute } from './app/screens/trainer-results.ts';
import { h } from './ui/dom.ts';
import { showNotices, showProblem } from './ui/notices-view.ts';
import { renderSoundControls } from './ui/sound-controls.ts';
import './ui/styles.css';

// The composition root: the page's frame, the shared services, and one route per screen.
const saves = new SavedDataStore(browserStore(), { titleOf: (id) => stories.find((s) => s.id === id)?.header.title });
const startupNotices = saves.audit();
const root = document.querySelector<HTMLElement>('#app') ?? document.body.appendChild(h('main', { attrs: { id: 'app' } }));
const notices = h('div', { class: 'notices', attrs: { role: 'status' } });
const now = () => new Date().toISOString();
const show = (screen: HTMLElement): void => {
  root.replaceChildren(screen);
  screen.querySelector<HTMLElement>('h1')?.focus();
};
const problem = (message: string): void => showProblem(notices, message);
// Hashing every story takes time the menu should not wait for, so it happens on first use.
let hashes: Record<string, string> | undefined;
const storyHashes = () => (hashes ??= Object.fromEntries(stories.map((s) => [s.id, contentHash(s.json)])));
const kit = new CallKitAccess(saves.settings(), show);
const reporting = new Reporting(stories, problem);
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
  practice: new PracticeRecords({ saves, records, reporting, storyHashes, problem }),
  reporting,
  storyHashes,
  now,
};
router.add([
  menuRoute(app, notices),
  callRoute(app),
  debriefRoute(app),
  certificationRoute(app),
  attemptResultsRoute(app),
  certificateRoute(app),
  historyRoute(app),
  trainerResultsRoute(app),
  lrsRoute(app),
]);

const header = h(
  'header',
  { class: 'app-header' },
  h('a', { class: 'brand', attrs: { href: '#/' }, on: { click: (e) => (e.preventDefault(), router.go('')) } }, 'Frontline'),
  renderSoundControls(saves.settings(), (next) => {
    saves.saveSettings(next);
    kit.setSound(next);
  }),
);
root.before(header, notices);
root.after(kit.stageHost);
showNotices(notices, startupNotices);

const scormApi = isCmi5Launch(location.search) ? undefined : findScormApi(window as unknown as ApiWindow);
if (isCmi5Launch(location.search)) void launchCmi5(app).then((first) => first !== undefined && router.start(first));
else if (scormApi) void launchScorm(app, scormApi).then((first) => first !== undefined && router.start(first));
else router.start();
performance.mark('frontline:menu-ready');
reporting.resumeOutbox();
// Build the call kit (its code, rubrics, the drawn stage, the sounds) while the trainee reads
// the menu, so that a call starts at once.
const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
idle(() => kit.warm());
