import { autocompletion, closeBrackets, closeBracketsKeymap, completionKeymap, type CompletionContext, type CompletionResult } from '@codemirror/autocomplete';
import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { bracketMatching, indentOnInput } from '@codemirror/language';
import { lintGutter, lintKeymap, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { highlightSelectionMatches, searchKeymap } from '@codemirror/search';
import { EditorSelection, EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, highlightActiveLineGutter, highlightSpecialChars, keymap, lineNumbers } from '@codemirror/view';
import { completeAt, type CompletionVocabulary } from '../engine/studio/completions.ts';
import type { KnownTags } from '../engine/studio/ink-tokens.ts';
import type { StudioDiagnostic } from '../engine/studio/studio-check.ts';
import { inkLanguage } from './ink-language.ts';

/** What the editor needs to know: the text, the tags and ids it may use, and whom to tell of a change. */
export interface InkEditorOptions {
  doc: string;
  known: KnownTags;
  vocabulary: CompletionVocabulary;
  onChange(text: string): void;
}

/** The studio's CodeMirror editor, with the Ink mode, completion and the checker's diagnostics. */
export class InkEditor {
  readonly view: EditorView;
  private readonly extensions: Extension[];

  constructor(parent: HTMLElement, options: InkEditorOptions) {
    const complete = (context: CompletionContext): CompletionResult | null => {
      const line = context.state.doc.lineAt(context.pos);
      const answer = completeAt(line.text.slice(0, context.pos - line.from), context.state.doc.toString(), options.vocabulary);
      if (!answer) return null;
      return { from: line.from + answer.from, options: answer.options.map((o) => ({ label: o.label, detail: o.detail })), validFor: /^[\w.:+-]*$/ };
    };
    this.extensions = [
      lineNumbers(),
      highlightActiveLineGutter(),
      highlightSpecialChars(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      closeBrackets(),
      highlightActiveLine(),
      highlightSelectionMatches(),
      autocompletion({ override: [complete] }),
      lintGutter(),
      inkLanguage(options.known),
      EditorView.lineWrapping,
      // Tab indents; Escape then Tab leaves the editor (CodeMirror's way out of the tab trap), as the help line says.
      keymap.of([...closeBracketsKeymap, ...defaultKeymap, ...searchKeymap, ...historyKeymap, ...completionKeymap, ...lintKeymap, indentWithTab]),
      // An explicit tabindex tells axe the scrolled region has a focusable part (the contenteditable is one already).
      EditorView.contentAttributes.of({ 'aria-label': 'Scenario source (Escape then Tab leaves the editor)', tabindex: '0' }),
      EditorView.updateListener.of((update) => {
        if (update.docChanged) options.onChange(update.state.doc.toString());
      }),
    ];
    this.view = new EditorView({ parent, state: EditorState.create({ doc: options.doc, extensions: this.extensions }) });
  }

  text(): string {
    return this.view.state.doc.toString();
  }

  /** Replace the whole text (a file opened): a new history, so undo does not bring back another file. */
  setText(text: string): void {
    this.view.setState(EditorState.create({ doc: text, extensions: this.extensions }));
  }

  /** Replace the whole text as one edit, which undo takes back (restoring kept edits). */
  replaceText(text: string): void {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** Put the cursor at the start of a 1-based line, scroll it into view and focus the editor. */
  reveal(line: number): void {
    const doc = this.view.state.doc;
    const at = doc.line(Math.min(Math.max(1, line), doc.lines));
    this.view.dispatch({ selection: EditorSelection.cursor(at.from), effects: EditorView.scrollIntoView(at.from, { y: 'center' }) });
    this.view.focus();
  }

  /** Show the checker's errors and warnings at their lines; each covers its whole line. */
  showDiagnostics(diagnostics: readonly StudioDiagnostic[]): void {
    const doc = this.view.state.doc;
    const marks = diagnostics.map((d): Diagnostic => {
      const line = doc.line(Math.min(Math.max(1, d.line), doc.lines));
      return { from: line.from, to: line.to, severity: d.severity, message: d.message, source: d.code };
    });
    this.view.dispatch(setDiagnostics(this.view.state, marks));
  }

  destroy(): void {
    this.view.destroy();
  }
}
