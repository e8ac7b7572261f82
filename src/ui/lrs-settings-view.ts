import type { LrsSettings } from '../platform/lrs-settings.ts';
import type { OutboxSummary } from '../platform/outbox-store.ts';
import { h } from './dom.ts';
import { httpWarningView } from './http-warning-view.ts';

/** What the LRS settings screen can do. */
export interface LrsSettingsActions {
  /** check and save; returns the problem in words, or undefined when saved */
  save(input: LrsSettings): string | undefined;
  clear(): void;
  /** try to send the queue now; resolves with the new queue state */
  sendNow(): Promise<OutboxSummary>;
  menu(): void;
}

/** The LRS endpoint and credentials, the statements waiting to be sent, and the last delivery error. */
export function renderLrsSettings(settings: LrsSettings | null, summary: OutboxSummary, actions: LrsSettingsActions): HTMLElement {
  const field = (name: keyof LrsSettings, label: string, type: string, hint: string) =>
    h(
      'label',
      { class: 'field' },
      h('span', {}, label),
      h('input', { attrs: { name, type, value: settings?.[name] ?? '', autocomplete: type === 'password' ? 'current-password' : 'off', 'aria-describedby': `lrs-${name}-hint` } }),
      h('small', { attrs: { id: `lrs-${name}-hint` } }, hint),
    );
  const status = h('p', { attrs: { role: 'status', 'data-lrs-status': '' } });
  const httpWarning = httpWarningView(settings?.endpoint ?? '');
  const queue = h('dl', { class: 'lrs-queue', attrs: { 'data-outbox': '' } });
  const showQueue = (s: OutboxSummary) =>
    queue.replaceChildren(
      h('dt', {}, 'Waiting to be sent'),
      h('dd', { attrs: { 'data-queued': s.queued } }, String(s.queued)),
      h('dt', {}, 'Sent'),
      h('dd', { attrs: { 'data-sent': s.sent } }, String(s.sent)),
      h('dt', {}, 'Last error'),
      h('dd', { attrs: { 'data-last-error': '' } }, s.lastError ? `${s.lastError.message} (${s.lastError.at})` : 'none'),
    );
  showQueue(summary);
  const form = h(
    'form',
    {
      // The schema's messages replace the browser's, so every problem reads the same way.
      attrs: { novalidate: true },
      on: {
        input: httpWarning.follow,
        submit: (event) => {
          event.preventDefault();
          const data = new FormData(form);
          const input = Object.fromEntries(['endpoint', 'username', 'password', 'homePage'].map((k) => [k, String(data.get(k) ?? '').trim()])) as LrsSettings;
          const problem = actions.save(input);
          status.textContent = problem ? `Not saved: ${problem}.` : 'Saved. Statements will be sent to this LRS.';
          if (!problem) void actions.sendNow().then(showQueue);
        },
      },
    },
    field('endpoint', 'LRS endpoint', 'url', 'The xAPI address, such as https://lrs.example.com/xapi/'),
    httpWarning.element,
    field('username', 'Key (username)', 'text', 'The LRS client key for Basic authentication'),
    field('password', 'Secret (password)', 'password', 'Kept in this browser only'),
    field('homePage', 'Learner accounts belong to', 'url', 'Your LMS or company address; learners are named by the name they enter'),
    h('button', { class: 'primary', attrs: { type: 'submit' } }, 'Save'),
  );
  return h(
    'section',
    { class: 'screen lrs-settings', attrs: { 'aria-labelledby': 'lrs-heading' } },
    h('h1', { attrs: { id: 'lrs-heading', tabindex: -1 } }, 'Learning record store'),
    h('p', {}, 'Frontline sends each call to your LRS as xAPI statements. Statements wait in this browser while the LRS cannot be reached and are sent once it can.'),
    form,
    status,
    h('h2', {}, 'Outbox'),
    queue,
    h(
      'div',
      { class: 'actions' },
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'send-now' }, on: { click: () => void actions.sendNow().then(showQueue) } }, 'Send now'),
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'forget-lrs' }, on: { click: () => (actions.clear(), (status.textContent = 'The LRS settings are forgotten; statements stay queued.')) } }, 'Forget these settings'),
      h('button', { class: 'secondary', attrs: { type: 'button', 'data-action': 'menu' }, on: { click: actions.menu } }, 'Back to the menu'),
    ),
  );
}
