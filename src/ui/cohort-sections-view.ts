import type { CohortSection } from '../engine/cohort/cohort-sections.ts';
import { tableCsv, type CohortTable } from '../engine/cohort/cohort-tables.ts';
import { h } from './dom.ts';
import { markupDom } from './markup-dom.ts';
import { tableScroll } from './table-scroll.ts';

/** Rows shown on the page per table (the weak choice points are a long tail); the CSV always has them all. */
const SHOWN_ROWS: Partial<Record<CohortTable['id'], number>> & { default: number } = { default: 200, 'choice-points': 20 };
const shownRows = (table: CohortTable) => SHOWN_ROWS[table.id] ?? SHOWN_ROWS.default;

/** Save a table as a .csv file. */
function downloadCsv(table: CohortTable): void {
  const url = URL.createObjectURL(new Blob([tableCsv(table)], { type: 'text/csv' }));
  const link = h('a', { attrs: { href: url, download: `frontline-cohort-${table.id}.csv` } });
  document.body.append(link);
  link.click();
  link.remove();
  // After the click has handed the file to the browser.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

function renderTable(table: CohortTable): HTMLElement {
  const heading = `cohort-${table.id}-heading`;
  const shown = table.rows.slice(0, shownRows(table));
  const rows = shown.map((row, r) => {
    const key = table.rowKeys[r]!;
    // The trainees' rows keep the attributes the results view always had.
    const attrs = table.id === 'trainees' ? { 'data-row': key, 'data-trainee': key, 'data-name': String(row[0]) } : { 'data-row': key };
    return h('tr', { attrs }, h('th', { attrs: { scope: 'row', 'data-col': table.keys[0] } }, String(row[0])), ...row.slice(1).map((value, c) => h('td', { attrs: { 'data-col': table.keys[c + 1] } }, String(value))));
  });
  return tableScroll(
    { labelledBy: heading },
    h('table', { class: `cohort-table cohort-${table.id}`, attrs: { 'aria-labelledby': heading, 'data-table': table.id } }, h('thead', {}, h('tr', {}, ...table.columns.map((c) => h('th', { attrs: { scope: 'col' } }, c)))), h('tbody', {}, ...rows)),
  );
}

/** The cohort's sections: each heading, what it answers, its chart, its table, and a button that saves the table as CSV. */
export function renderCohortSections(sections: readonly CohortSection[]): HTMLElement[] {
  return sections.map(({ table, chart }) => {
    const heading = `cohort-${table.id}-heading`;
    const more = table.rows.length > shownRows(table) ? h('p', { class: 'note' }, `Showing the first ${shownRows(table)} of ${table.rows.length.toLocaleString('en')} rows; the CSV has them all.`) : null;
    return h(
      'section',
      { class: 'cohort-section', attrs: { 'aria-labelledby': heading, 'data-section': table.id } },
      h('h2', { attrs: { id: heading } }, table.title),
      h('p', { class: 'about' }, table.about),
      chart ? markupDom(chart) : null,
      table.rows.length === 0 ? h('p', { class: 'empty' }, 'Nothing to show for this cohort.') : renderTable(table),
      more,
      h('button', { class: 'secondary small', attrs: { type: 'button', 'data-csv': table.id }, on: { click: () => downloadCsv(table) } }, `Download “${table.title}” as CSV`),
    );
  });
}
