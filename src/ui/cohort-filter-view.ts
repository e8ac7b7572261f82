import { PRACTICE, type CohortFilter } from '../engine/cohort/cohort-filter.ts';
import type { Track } from '../engine/schema/track.ts';
import { h } from './dom.ts';

/** The filters over the loaded cohort: call dates, track (or practice), the trainees' group (their LMS account's homePage) and a list of names. */
export function renderCohortFilters(filter: CohortFilter, options: { tracks: readonly Pick<Track, 'id' | 'name'>[]; homePages: readonly string[] }, change: (filter: CohortFilter) => void): HTMLElement {
  const date = (name: 'from' | 'to', label: string) => h('label', { class: 'field' }, h('span', {}, label), h('input', { attrs: { name, type: 'date', value: filter[name] ?? '' } }));
  const select = (name: string, label: string, choices: [string, string][], value: string | undefined) =>
    h('label', { class: 'field' }, h('span', {}, label), h('select', { attrs: { name } }, ...choices.map(([v, text]) => h('option', { attrs: { value: v, selected: v === (value ?? '') } }, text))));
  const form = h(
    'form',
    {
      class: 'cohort-filters',
      attrs: { 'data-filters': '', 'aria-label': 'Filter the cohort' },
      on: {
        change: () => {
          const data = new FormData(form);
          const text = (key: string) => String(data.get(key) ?? '').trim();
          const names = text('names').split(/[\n,;]+/).map((n) => n.trim()).filter(Boolean);
          change({
            ...(text('from') ? { from: text('from') } : {}),
            ...(text('to') ? { to: text('to') } : {}),
            ...(text('track') ? { track: text('track') } : {}),
            ...(text('homePage') ? { homePage: text('homePage') } : {}),
            ...(names.length ? { names } : {}),
          });
        },
        submit: (event) => event.preventDefault(),
      },
    },
    date('from', 'Calls from'),
    date('to', 'Calls until'),
    select('track', 'Track', [['', 'All calls'], [PRACTICE, 'Practice only'], ...options.tracks.map((t): [string, string] => [t.id, t.name])], filter.track),
    select('homePage', 'Group (LMS account)', [['', 'Everyone'], ...options.homePages.map((p): [string, string] => [p, p])], filter.homePage),
    h('label', { class: 'field names' }, h('span', {}, 'Only these trainees (names, one a line or separated by commas)'), h('textarea', { attrs: { name: 'names', rows: 2 } }, (filter.names ?? []).join('\n'))),
  );
  return form;
}
