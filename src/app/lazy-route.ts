import { renderMessage } from '../ui/message-view.ts';
import type { App, Intent } from './app.ts';
import type { Route } from './router.ts';

/**
 * A screen whose code loads the first time it is shown, so the menu's first screen does not
 * carry every other screen (the story runtime, CSV and JSON parsers, record stores…). The
 * pattern is given here, since the router must match an address before the code is there; the
 * screen's own route must use the same pattern, and a mismatch is an error, not a silent miss.
 */
export function lazyRoute(app: App, pattern: RegExp, load: () => Promise<Route<Intent>>): Route<Intent> {
  return {
    pattern,
    enter(visit) {
      load()
        .then((route) => {
          if (route.pattern.source !== pattern.source) throw new Error(`the screen's route ${route.pattern} is registered as ${pattern}`);
          if (visit.live()) route.enter(visit);
        })
        .catch((error: unknown) => {
          if (visit.live()) app.show(renderMessage('This screen could not load', `Frontline could not open this screen (${(error as Error).message}). Check the connection, then reload the page.`, () => app.nav.go('')));
        });
    },
  };
}
