import studies from 'virtual:frontline/study';
import { buildPhrasebook } from '../../engine/phrasebook/phrasebook.ts';
import { parseRubricData } from '../../engine/schema/rubric-data.ts';
import rubricText from '../../../stories/rubric-data.json?raw';
import { renderPhrasebook } from '../../ui/phrasebook-view.ts';
import type { App, Intent } from '../app.ts';
import type { Route } from '../router.ts';

/** `#/phrasebook`: built at run time from the bundled scenarios' study and the bundled rubric data. */
export function phrasebookRoute(app: App): Route<Intent> {
  return {
    pattern: /^phrasebook$/,
    enter() {
      const book = buildPhrasebook(studies.filter((s) => app.stories.find(s.id)), parseRubricData(rubricText, 'stories/rubric-data.json'));
      app.show(renderPhrasebook(book, { practise: (id) => app.nav.go(`call/${id}`, { start: { kind: 'new' } }), menu: () => app.nav.go('') }));
    },
  };
}
