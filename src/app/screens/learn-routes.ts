import type { App, Intent } from '../app.ts';
import type { Route } from '../router.ts';
import { learnRoute } from './learn.ts';
import { teachRoute } from './learn-teach.ts';
import { watchRoute } from './learn-watch.ts';

/**
 * `#/learn/…`: the learning steps' screens behind one lazily loaded route, so the first screen
 * carries one address for all of them: the overview, Watch, Teach, and the Follow and Solo calls
 * (whose code is the call screen's, loaded with it).
 */
export function learnRoutes(app: App): Route<Intent> {
  const screens: Route<Intent>[] = [learnRoute(app), watchRoute(app), teachRoute(app)];
  return {
    pattern: /^learn\/(.+)$/,
    enter(visit) {
      const path = `learn/${visit.params[0]!}`;
      const calls = /^learn\/(follow|solo)\/([a-z0-9-]+)$/;
      if (calls.test(path)) {
        void import('./call.ts').then(({ stepCallRoute }) => visit.live() && stepCallRoute(app).enter({ ...visit, params: calls.exec(path)!.slice(1) }));
        return;
      }
      for (const screen of screens) {
        const match = screen.pattern.exec(path);
        if (match) return screen.enter({ ...visit, params: match.slice(1) });
      }
      app.nav.replace('');
    },
  };
}
