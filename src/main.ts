import stories from 'virtual:frontline/stories';
import { CallLoader } from './game/call-loader.ts';
import { browserClock } from './platform/clock.ts';
import { prefersReducedMotion } from './platform/reduced-motion.ts';
import { SavedDataStore } from './platform/saved-data-store.ts';
import { browserStore } from './platform/storage.ts';
import type { CallKit } from './ui/call-kit.ts';
import type { CallStart, RunningCall } from './ui/call-controller.ts';
import { h } from './ui/dom.ts';
import { renderLoading } from './ui/loading-view.ts';
import { renderMenu } from './ui/menu-view.ts';
import { showNotices } from './ui/notices-view.ts';
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

function showMenu(): void {
  activeCall?.stop();
  activeCall = undefined;
  kit?.stage.pause();
  route('');
  const entries = stories.map(({ id, header: h }) => ({ header: h, best: saves.best(id), hasSave: saves.callSave(id) !== undefined }));
  app.replaceChildren(renderMenu(entries, { start: (id, resume) => void startCall(id, resume) }));
  showNotices(notices, saves.takeNotices());
  app.querySelector<HTMLElement>('h1')?.focus();
}

async function startCall(id: string, resume: boolean): Promise<void> {
  const scenario = stories.find((s) => s.id === id);
  if (!scenario) return showMenu();
  const save = resume ? saves.callSave(id) : undefined;
  if (resume && !save) return showMenu();
  if (!resume) saves.dropCall(id);
  route(`call/${id}`);
  const animate = !prefersReducedMotion();
  let loaded;
  if (loader.ready) loaded = await loader.load(stageHost, { animate, sound });
  else {
    const loading = renderLoading();
    app.replaceChildren(loading.element);
    loading.element.querySelector<HTMLElement>('h1')?.focus();
    const stop = loader.listen((fraction, step) => loading.update(fraction, step));
    try {
      loaded = await loader.load(stageHost, { animate, sound });
    } catch (error) {
      loading.fail(`The call could not load: ${(error as Error).message}. Reload the page to try again.`);
      return;
    } finally {
      stop();
    }
  }
  kit = loaded.kit;
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

showNotices(notices, startupNotices);
const resumeId = /^#\/call\/([a-z0-9-]+)$/.exec(location.hash)?.[1];
if (resumeId && saves.callSave(resumeId)) void startCall(resumeId, true);
else showMenu();
performance.mark('frontline:menu-ready');
// Fetch the call's code while the trainee reads the menu.
const idle = globalThis.requestIdleCallback ?? ((fn: () => void) => setTimeout(fn, 200));
// A failed prefetch is retried, and reported, when a call starts.
idle(() => void loader.prefetch().catch(() => undefined));
