import guide from '../../stories/README.md?raw';
import { guideTemplate } from '../engine/studio/guide-template.ts';
import { TAG_NAME_SET } from '../engine/studio/ink-tokens.ts';
import type { StudioCheckResult, StudioDiagnostic } from '../engine/studio/studio-check.ts';
import { isUnsaved, type FileOrigin, type StudioDraft } from '../engine/studio/studio-draft.ts';
import type { RubricData } from '../engine/schema/rubric-data.ts';
import type { StudioDrafts } from '../platform/studio-drafts.ts';
import { h } from '../ui/dom.ts';
import { localTime } from '../ui/time-words.ts';
import { CheckClient } from './check-client.ts';
import { InkEditor } from './ink-editor.ts';
import { SHIPPED_SOURCES } from './shipped-sources.ts';
import { download, pickInkFile, saveThroughDevServer, writeToHandle, type DiskFile } from './studio-files.ts';
import type { StudioHost } from './studio-host.ts';
import { renderStudio, type StudioView } from './studio-view.ts';

/** How long typing must pause before the text is checked and its draft kept. */
export const PAUSE_MS = 300;

/** The file being edited. */
interface OpenFile {
  /** `stories/NAME.ink` for a shipped or new scenario, the file's own name for one from disk */
  file: string;
  origin: FileOrigin;
  /** the text as opened or last saved */
  base: string;
  handle?: FileSystemFileHandle;
}

/** What the studio page is given. */
export interface StudioPageOptions {
  rubrics: RubricData;
  /** the drafts store, or why the browser would not open it */
  drafts: StudioDrafts | Error;
  /** true under `npm start`: Save writes into stories/ through the dev server */
  devServer: boolean;
  now(): string;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The studio: the editor, the checker in its worker, the problems list, files and drafts. */
export class StudioPage implements StudioHost {
  readonly view: StudioView;
  private readonly editor: InkEditor;
  private readonly checker: CheckClient;
  private readonly listeners: ((result: StudioCheckResult) => void)[] = [];
  private current: OpenFile = { file: 'stories/new-scenario.ink', origin: 'new', base: '' };
  private result: StudioCheckResult | undefined;
  private pause: ReturnType<typeof setTimeout> | undefined;
  private checkStarted = 0;

  constructor(private readonly options: StudioPageOptions) {
    this.view = renderStudio(
      SHIPPED_SOURCES.map((s) => s.file),
      {
        openShipped: (file) => void this.openShipped(file),
        newFromTemplate: () => this.openText({ file: this.freeNewName(), origin: 'new', base: '' }, guideTemplate(guide)),
        openFromDisk: () => void this.openFromDisk(),
        save: () => void this.save(),
        download: () => download(this.current.file.split('/').pop()!, this.editor.text()),
      },
    );
    const { rubrics } = options;
    this.editor = new InkEditor(this.view.editorHost, {
      doc: '',
      known: { names: TAG_NAME_SET, triggers: new Set(rubrics.triggers.map((t) => t.id)), techniques: new Set(rubrics.techniques.map((t) => t.id)) },
      vocabulary: {
        triggers: rubrics.triggers.map((t) => ({ id: t.id, detail: t.family })),
        techniques: rubrics.techniques.map((t) => ({ id: t.id, detail: t.label })),
      },
      onChange: () => this.changed(),
    });
    this.checker = new CheckClient({
      started: () => this.say('Checking…'),
      source: (diagnostics) => this.showSource(diagnostics),
      progress: (p) => this.say(`Checking… ${p.states.toLocaleString('en')} states explored in ${Math.round(p.elapsedMs / 1000)} s; keep typing, nothing waits for it.`),
      result: (result) => this.showResult(result),
      failed: (message) => this.say(`The check could not run: ${message}.`),
    });
  }

  latest(): StudioCheckResult | undefined {
    return this.result;
  }

  onResult(listener: (result: StudioCheckResult) => void): void {
    this.listeners.push(listener);
    if (this.result) listener(this.result);
  }

  reveal(line: number): void {
    this.editor.reveal(line);
  }

  /** Open what the address names, else the file open last, else the first shipped scenario. */
  async start(named: string | undefined): Promise<void> {
    const drafts = this.options.drafts;
    if (drafts instanceof Error) this.notice(`Unsaved edits cannot be kept in this browser (${drafts.message}): save or download your work before you leave.`);
    const last = named === undefined && !(drafts instanceof Error) ? await drafts.last().catch(() => undefined) : undefined;
    const file = named ? `stories/${named}.ink` : last;
    if (file && SHIPPED_SOURCES.some((s) => s.file === file)) return this.openShipped(file);
    const draft = file ? await this.draftOf(file) : undefined;
    if (draft) {
      this.openText({ file: draft.file, origin: draft.origin, base: draft.base }, draft.text);
      if (isUnsaved(draft)) this.notice(`Reopened your unsaved edits of ${draft.file} (kept ${localTime(draft.at)}). Save or download them to keep them as a file.`);
      return;
    }
    return this.openShipped(SHIPPED_SOURCES.find((s) => s.file === 'stories/missing-order.ink')?.file ?? SHIPPED_SOURCES[0]!.file);
  }

  /** Stop the checker and the editor (the studio is left). */
  close(): void {
    clearTimeout(this.pause);
    this.keepDraft();
    this.checker.stop();
    this.editor.destroy();
  }

  private async openShipped(file: string): Promise<void> {
    const source = SHIPPED_SOURCES.find((s) => s.file === file);
    if (!source) return this.notice(`There is no shipped scenario ${file}.`);
    let text: string;
    try {
      text = await source.load();
    } catch (error) {
      return this.notice(`${file} could not be loaded (${(error as Error).message}); check the connection and try again.`);
    }
    // Read before opening: opening keeps the opened text as the file's draft.
    const draft = await this.draftOf(file);
    this.openText({ file, origin: 'shipped', base: text }, text);
    if (draft && isUnsaved(draft) && draft.text !== text) this.offerDraft(draft);
  }

  private async openFromDisk(): Promise<void> {
    let picked: DiskFile | undefined;
    try {
      picked = await pickInkFile();
    } catch (error) {
      return this.notice(`The file could not be opened (${(error as Error).message}).`);
    }
    if (!picked) return;
    this.openText({ file: picked.name, origin: 'disk', base: picked.text, ...(picked.handle ? { handle: picked.handle } : {}) }, picked.text);
  }

  private openText(file: OpenFile, text: string): void {
    this.current = file;
    this.view.fileName.textContent = file.file;
    if (file.origin === 'shipped') this.view.picker.value = file.file;
    this.view.notices.replaceChildren();
    this.editor.setText(text);
    this.result = undefined;
    this.keepDraft();
    this.check();
  }

  private async save(): Promise<void> {
    const text = this.editor.text();
    const { current } = this;
    try {
      if (current.handle) await writeToHandle(current.handle, text);
      else if (this.options.devServer && current.origin !== 'disk') await saveThroughDevServer(current.file.replace(/^stories\//, ''), text);
      else {
        download(current.file.split('/').pop()!, text);
        this.say(`Downloaded ${current.file.split('/').pop()}; your edits are also kept in this browser.`);
        return;
      }
    } catch (error) {
      return this.notice(`${current.file} was not saved (${(error as Error).message}). Your edits are still kept in this browser.`);
    }
    current.base = text;
    this.keepDraft();
    this.say(`Saved ${current.file}.`);
  }

  /** A name for a new scenario that no shipped one has. */
  private freeNewName(): string {
    const taken = new Set(SHIPPED_SOURCES.map((s) => s.file));
    for (let n = 1; ; n++) {
      const file = `stories/new-scenario${n === 1 ? '' : `-${n}`}.ink`;
      if (!taken.has(file)) return file;
    }
  }

  private changed(): void {
    clearTimeout(this.pause);
    this.pause = setTimeout(() => {
      this.keepDraft();
      this.check();
    }, PAUSE_MS);
  }

  private check(): void {
    this.checkStarted = performance.now();
    this.checker.check(this.current.file, this.editor.text());
  }

  private showResult(result: StudioCheckResult): void {
    this.result = result;
    this.editor.showDiagnostics(result.diagnostics);
    this.showProblems(result.diagnostics);
    const errors = result.report.errors.length;
    const warnings = result.report.warnings.length;
    const took = Math.round(performance.now() - this.checkStarted);
    this.say(`Checked in ${took} ms: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}.`);
    this.view.root.dataset['checkedMs'] = String(took);
    this.view.root.dataset['checked'] = String(result.run);
    for (const listener of this.listeners) listener(result);
  }

  /** What reading and compiling found, shown while the branches are still being explored. */
  private showSource(diagnostics: readonly StudioDiagnostic[]): void {
    this.editor.showDiagnostics(diagnostics);
    this.showProblems(diagnostics);
    const took = Math.round(performance.now() - this.checkStarted);
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    this.say(`Read and compiled in ${took} ms: ${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')} so far; exploring every branch…`);
    this.view.root.dataset['sourceMs'] = String(took);
  }

  private showProblems(diagnostics: readonly StudioDiagnostic[]): void {
    this.view.problemsSummary.textContent = diagnostics.length === 0 ? 'No errors or warnings: frontline check passes this scenario.' : `${diagnostics.length} to look at; each opens its line.`;
    this.view.problems.replaceChildren(
      ...diagnostics.map((d) =>
        h(
          'li',
          { class: `studio-problem studio-${d.severity}`, attrs: { 'data-code': d.code, 'data-line': d.line } },
          h('button', { class: 'link', attrs: { type: 'button' }, on: { click: () => this.editor.reveal(d.line) } }, `Line ${d.line}`),
          ` ${d.severity} [${d.code}] ${d.message}`,
        ),
      ),
    );
  }

  private offerDraft(draft: StudioDraft): void {
    const restore = h('button', { class: 'primary small', attrs: { type: 'button', 'data-action': 'restore' }, on: { click: () => (this.view.notices.replaceChildren(), this.editor.replaceText(draft.text)) } }, 'Restore my edits');
    const discard = h('button', { class: 'secondary small', attrs: { type: 'button', 'data-action': 'discard' }, on: { click: () => (this.view.notices.replaceChildren(), this.keepDraft()) } }, 'Discard them');
    this.view.notices.replaceChildren(h('div', { class: 'notice', attrs: { role: 'region', 'aria-label': 'Unsaved edits' } }, h('p', {}, `You have unsaved edits to ${draft.file}, kept ${localTime(draft.at)}.`), restore, ' ', discard));
    restore.focus();
  }

  private async draftOf(file: string): Promise<StudioDraft | undefined> {
    const drafts = this.options.drafts;
    if (drafts instanceof Error) return undefined;
    try {
      return await drafts.get(file);
    } catch (error) {
      this.notice(`${(error as Error).message}.`);
      return undefined;
    }
  }

  private keepDraft(): void {
    const drafts = this.options.drafts;
    if (drafts instanceof Error) return;
    const { file, origin, base } = this.current;
    drafts.put({ file, origin, base, text: this.editor.text(), at: this.options.now() }).catch((error: unknown) => {
      this.notice(`Your edits could not be kept in this browser (${(error as Error).message}): save or download them before you leave.`);
    });
  }

  private say(words: string): void {
    this.view.status.textContent = words;
  }

  private notice(words: string): void {
    this.view.notices.append(h('p', { class: 'notice' }, words));
  }
}
