import type { LrsProgress } from '../engine/cohort/lrs-pages.ts';
import type { StatementCalls } from '../engine/cohort/statement-calls.ts';
import { basicAuth } from '../platform/lrs-client.ts';
import { clearLrsReadSettings, loadLrsReadSettings, saveLrsReadSettings, type LrsReadSettings } from '../platform/lrs-read-settings.ts';
import type { KeyValueStore } from '../platform/storage.ts';
import { h } from './dom.ts';
import { httpWarningView } from './http-warning-view.ts';
import { readLrsInWorker } from './read-lrs-in-worker.ts';

/** A finished reading, with where it came from. */
export interface LrsCohort extends StatementCalls {
  endpoint: string;
}

/** What the LRS source hands the results view. */
export interface LrsSourceActions {
  store: KeyValueStore;
  /** a reading finished: the calls to add to the cohort (any earlier reading is replaced) */
  read(cohort: LrsCohort): void;
  /** the LRS is forgotten: drop its calls from the cohort */
  forget(): void;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The results view's second source: an LRS, read in a worker with progress and a cancel button; its settings are kept like the LRS settings. */
export function renderLrsSource(actions: LrsSourceActions): HTMLElement {
  const saved = loadLrsReadSettings(actions.store);
  let cancel: (() => void) | undefined;
  const field = (name: string, label: string, type: string, value: string, hint?: string) =>
    h('label', { class: 'field' }, h('span', {}, label), h('input', { attrs: { name, type, value, autocomplete: type === 'password' ? 'current-password' : 'off', ...(hint ? { 'aria-describedby': `lrs-read-${name}-hint` } : {}) } }), hint ? h('small', { attrs: { id: `lrs-read-${name}-hint` } }, hint) : null);
  const httpWarning = httpWarningView(saved?.endpoint ?? '');
  const status = h('div', { class: 'lrs-status', attrs: { 'aria-live': 'polite' } });
  const progress = h('div', { class: 'import-progress', attrs: { hidden: true, 'data-lrs-progress': '' } });
  const cancelButton = h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': 'cancel-lrs' }, on: { click: () => cancel?.() } }, 'Cancel');
  const readButton = h('button', { class: 'primary', attrs: { type: 'submit', 'data-action': 'read-lrs' } }, 'Read the LRS');

  function showProgress(p: LrsProgress | undefined): void {
    const words = p ? `Reading the “${p.verb}” statements (query ${p.query} of ${p.queries}): page ${p.pages}, ${count(p.statements, 'statement', 'statements')} read so far` : 'Asking the LRS for Frontline’s statements…';
    progress.replaceChildren(h('p', { attrs: { 'data-lrs-step': p ? p.statements : 0 } }, words), h('progress', { attrs: { 'aria-label': 'Reading the LRS' } }), cancelButton);
  }

  async function read(settings: LrsReadSettings, since: string, until: string): Promise<void> {
    readButton.disabled = true;
    progress.hidden = false;
    status.replaceChildren();
    showProgress(undefined);
    const query = { endpoint: settings.endpoint, auth: basicAuth(settings.username, settings.password), ...(since ? { since: `${since}T00:00:00.000Z` } : {}), ...(until ? { until: `${until}T23:59:59.999Z` } : {}) };
    const reading = readLrsInWorker(query, showProgress);
    cancel = reading.cancel;
    const outcome = await reading.done;
    cancel = undefined;
    readButton.disabled = false;
    progress.hidden = true;
    if (!outcome.ok) {
      status.replaceChildren(h('p', { class: 'notice', attrs: { role: 'alert', 'data-lrs-error': '' } }, outcome.message));
      return;
    }
    const result = outcome.result;
    const skipped = result.skipped.reduce((n, s) => n + s.count, 0);
    status.replaceChildren(
      h('p', { attrs: { 'data-lrs-loaded': result.calls.length, 'data-lrs-statements': result.read } }, `Read ${count(result.read, 'statement', 'statements')} from ${settings.endpoint}: ${count(result.calls.length, 'call', 'calls')}.`),
      ...(skipped === 0
        ? []
        : [h('div', { class: 'notice', attrs: { 'data-lrs-skipped': skipped } }, h('p', {}, `${count(skipped, 'statement was', 'statements were')} skipped:`), h('ul', {}, ...result.skipped.map((s) => h('li', { attrs: { 'data-skip': s.reason } }, `${s.count.toLocaleString('en')} ${s.reason} (for example ${s.example})`))))]),
    );
    actions.read({ ...result, endpoint: settings.endpoint });
  }

  const form = h(
    'form',
    {
      attrs: { novalidate: true, 'data-lrs-source': '' },
      on: {
        input: httpWarning.follow,
        submit: (event) => {
          event.preventDefault();
          if (cancel) return;
          const data = new FormData(form);
          const text = (key: string) => String(data.get(key) ?? '').trim();
          const settings = { endpoint: text('endpoint'), username: text('username'), password: String(data.get('password') ?? '') };
          const problem = saveLrsReadSettings(actions.store, settings);
          if (problem) return void status.replaceChildren(h('p', { class: 'notice', attrs: { role: 'alert', 'data-lrs-error': '' } }, `Not read: ${problem}.`));
          void read(settings, text('since'), text('until'));
        },
      },
    },
    field('endpoint', 'LRS endpoint', 'url', saved?.endpoint ?? '', 'The xAPI address, such as https://lrs.example.com/xapi/'),
    httpWarning.element,
    field('username', 'Key (username)', 'text', saved?.username ?? '', 'Give the results view a client that may only read statements'),
    field('password', 'Secret (password)', 'password', saved?.password ?? '', 'Kept in this browser only, as the LRS settings are'),
    h('div', { class: 'lrs-dates' }, field('since', 'Stored from (optional)', 'date', ''), field('until', 'Stored until (optional)', 'date', '')),
    h(
      'div',
      { class: 'actions' },
      readButton,
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'forget-lrs-read' }, on: { click: () => (clearLrsReadSettings(actions.store), form.reset(), status.replaceChildren(h('p', {}, 'The LRS and its calls are forgotten.')), actions.forget()) } }, 'Forget this LRS'),
    ),
  );
  return h('section', { class: 'panel lrs-source', attrs: { 'aria-labelledby': 'lrs-source-heading' } }, h('h2', { attrs: { id: 'lrs-source-heading' } }, 'From a learning record store'), h('p', {}, 'Read every Frontline call your LRS holds: the trainees’ practice and certification statements.'), form, progress, status);
}
