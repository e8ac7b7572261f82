import { renderMenu } from '../../ui/menu-view.ts';
import { renderNamePrompt } from '../../ui/name-prompt-view.ts';
import { showNotices } from '../../ui/notices-view.ts';
import type { App, Intent } from '../app.ts';
import type { Route } from '../router.ts';
import type { CallSave } from '../../platform/saved-data.ts';

/** A practice call in progress outside the learning steps: the menu resumes it (a Follow or Solo call resumes from its step). */
const plainPractice = (save: CallSave | undefined) => save?.mode === 'practice' && save.step === undefined;

/** `#/`: the scenario list, with each one's best score and any call in progress. */
export function menuRoute(app: App, notices: HTMLElement): Route<Intent> {
  return {
    pattern: /^$/,
    enter() {
      const entries = app.stories.entries.map(({ id, header }) => ({ header, best: app.saves.best(id), hasSave: plainPractice(app.saves.callSave(id)) }));
      const menu = renderMenu(entries, {
        // A call's address resumes its save when there is one; "Take the call" and "Start over" ask for a new call.
        start: (id, resume) => app.nav.go(`call/${id}`, resume ? undefined : { start: { kind: 'new' } }),
        certification: () => app.nav.go('certification'),
        history: () => app.nav.go('history'),
        results: () => app.nav.go('results'),
        lrs: () => app.nav.go('lrs'),
        studio: () => app.nav.go('studio'),
        profile: () => app.nav.go('profile'),
        phrasebook: () => app.nav.go('phrasebook'),
      });
      // The name is asked once: until it is given or declined, or the first call makes the trainee's id without it.
      if (!app.saves.hasTrainee()) {
        menu.querySelector('h1')!.after(
          renderNamePrompt((name) => {
            if (name === undefined) app.saves.trainee();
            else app.saves.saveName(name);
          }),
        );
      }
      app.show(menu);
      showNotices(notices, app.saves.takeNotices());
      // The learning steps' links and the steps done (read from the records) load after the menu shows.
      void import('../learn-marks.ts').then((m) => m.showLearnSteps(app, menu));
    },
  };
}
