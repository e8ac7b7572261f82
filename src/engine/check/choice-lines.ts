import type { SourceChoice } from './source-scan.ts';

/** Finds where a line on offer was written, so that a warning can name file:line. */
export class ChoiceLines {
  private readonly byText = new Map<string, number[]>();

  /** the choices as written, to rebuild this in another thread */
  readonly choices: readonly SourceChoice[];

  constructor(choices: readonly SourceChoice[]) {
    this.choices = choices;
    for (const choice of choices) {
      const key = choice.text.trim();
      const lines = this.byText.get(key) ?? [];
      lines.push(choice.line);
      this.byText.set(key, lines);
    }
  }

  /** The first source line of a choice with this text (1 when the text is built at run time). */
  lineOf(text: string): number {
    return this.byText.get(text.trim())?.[0] ?? 1;
  }

  /** `file:line` of each text, once each, in order of line. */
  cite(file: string, texts: Iterable<string>): string {
    const lines = [...new Set([...texts].map((t) => this.lineOf(t)))].sort((a, b) => a - b);
    return lines.map((line) => `${file}:${line}`).join(', ');
  }
}
