import { renderLrsSettings } from '../../ui/lrs-settings-view.ts';
import { renderMessage } from '../../ui/message-view.ts';
import type { App, Intent } from '../app.ts';
import type { Route, Visit } from '../router.ts';

/** `#/lrs`: the LRS settings, with the outbox's queue and last error. */
export function lrsRoute(app: App): Route<Intent> {
  return { pattern: /^lrs$/, enter: (visit) => void enterLrs(app, visit) };
}

async function enterLrs(app: App, visit: Visit<Intent>): Promise<void> {
  const menu = () => app.nav.go('');
  try {
    const reporting = await app.reporting.openXapi();
    const summary = await reporting.summary();
    if (!visit.live()) return;
    app.show(renderLrsSettings(reporting.settings(), summary, { save: (input) => reporting.save(input), clear: () => reporting.clear(), sendNow: () => reporting.sendNow(), menu }));
  } catch (error) {
    if (visit.live()) app.show(renderMessage('The outbox cannot be opened', `This browser would not open Frontline’s xAPI outbox: ${(error as Error).message}.`, menu));
  }
}
