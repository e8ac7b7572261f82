import { h } from '../ui/dom.ts';
import type { PanelMounts } from './studio-host.ts';

/** The file actions of the studio's toolbar. */
export interface FileActions {
  openShipped(file: string): void;
  newFromTemplate(): void;
  openFromDisk(): void;
  save(): void;
  download(): void;
}

/** The parts of the studio page its controller fills in. */
export interface StudioView {
  root: HTMLElement;
  editorHost: HTMLElement;
  fileName: HTMLElement;
  /** the shipped scenario list, showing the one open */
  picker: HTMLSelectElement;
  /** the check's state in words, read out politely */
  status: HTMLElement;
  /** the problems list's items */
  problems: HTMLOListElement;
  problemsSummary: HTMLElement;
  /** notices about files and drafts (a restore offer, a failed save) */
  notices: HTMLElement;
  panels: PanelMounts;
}

function panel(id: string, title: string): { section: HTMLElement; mount: HTMLElement } {
  const mount = h('div', { class: 'studio-panel-body', attrs: { 'data-panel': id } });
  const section = h('section', { class: `studio-panel studio-${id}`, attrs: { 'aria-labelledby': `studio-${id}-heading` } }, h('h2', { attrs: { id: `studio-${id}-heading` } }, title), mount);
  return { section, mount };
}

/** The studio's page: toolbar, editor and problems on the left, the panels on the right. */
export function renderStudio(shipped: readonly string[], actions: FileActions): StudioView {
  const picker = h('select', { attrs: { id: 'studio-shipped', 'aria-label': 'Shipped scenario' } }, ...shipped.map((file) => h('option', { attrs: { value: file } }, file.replace(/^stories\//, ''))));
  const fileName = h('span', { class: 'studio-file-name', attrs: { 'data-file': '' } });
  const status = h('p', { class: 'studio-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  const notices = h('div', { class: 'studio-notices' });
  const problems = h('ol', { class: 'studio-problem-list' });
  const problemsSummary = h('p', { class: 'studio-problems-summary' });
  const editorHost = h('div', { class: 'studio-editor' });
  const map = panel('map', 'Branch map');
  const preview = panel('preview', 'Preview');
  const numbers = panel('numbers', 'Numbers');
  const button = (label: string, action: () => void, data: string) => h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': data }, on: { click: action } }, label);
  const root = h(
    'section',
    { class: 'screen studio', attrs: { 'aria-labelledby': 'studio-heading' } },
    h('h1', { attrs: { id: 'studio-heading', tabindex: -1 } }, 'Scenario studio'),
    h(
      'div',
      { class: 'studio-toolbar', attrs: { role: 'group', 'aria-label': 'Files' } },
      h('span', { class: 'studio-open' }, picker, button('Open', () => actions.openShipped(picker.value), 'open-shipped')),
      button('New from template', actions.newFromTemplate, 'new'),
      button('Open file…', actions.openFromDisk, 'open-file'),
      button('Save', actions.save, 'save'),
      button('Download', actions.download, 'download'),
      fileName,
    ),
    notices,
    h(
      'div',
      { class: 'studio-grid' },
      h(
        'div',
        { class: 'studio-source' },
        editorHost,
        h('p', { class: 'studio-help' }, 'Tab indents in the editor; press Escape, then Tab, to move on. Ctrl+Space completes, Ctrl+F searches, F8 goes to the next problem.'),
        status,
        h('section', { class: 'studio-problems', attrs: { 'aria-labelledby': 'studio-problems-heading' } }, h('h2', { attrs: { id: 'studio-problems-heading' } }, 'Problems'), problemsSummary, problems),
      ),
      h('div', { class: 'studio-panels' }, preview.section, map.section, numbers.section),
    ),
  );
  return { root, editorHost, fileName, picker, status, problems, problemsSummary, notices, panels: { map: map.mount, preview: preview.mount, numbers: numbers.mount } };
}
