/** The text a reader sees on each source line, to find where a line of the call was written. */
export class SourceText {
  private readonly shown: string[];

  constructor(source: string) {
    this.shown = source.replace(/^\uFEFF/, '').split(/\r?\n/).map(visibleText);
  }

  /**
   * The 1-based line that prints `text`: the first one after `after` that says exactly it, else
   * the first anywhere, else one that contains it (a line built from parts); undefined when none.
   */
  lineOf(text: string, after = 0): number | undefined {
    const wanted = normalize(text);
    if (wanted === '') return undefined;
    const exact = (i: number) => this.shown[i] === wanted;
    const within = (i: number) => this.shown[i]!.length >= 8 && (this.shown[i]!.includes(wanted) || wanted.includes(this.shown[i]!));
    for (const test of [exact, within]) {
      const found = this.find(test, after) ?? this.find(test, 0);
      if (found !== undefined) return found + 1;
    }
    return undefined;
  }

  private find(test: (i: number) => boolean, after: number): number | undefined {
    for (let i = after; i < this.shown.length; i++) if (test(i)) return i;
    return undefined;
  }
}

function normalize(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** What a line of ink prints: no comments, tags, diverts, logic, headers, or choice and gather marks. */
function visibleText(raw: string): string {
  let code = raw.replace(/(^|[^\\:])\/\/.*$/, '$1').replace(/\/\*.*?\*\//g, '').trim();
  if (/^(VAR|CONST|LIST|INCLUDE|EXTERNAL|~|=|#)/.test(code)) return '';
  code = code.replace(/^[*+-](\s*[*+-])*\s*(\([^)]*\)\s*)?/, '');
  code = code.replace(/^(\{[^}]*\}\s*)+/, '');
  // A choice prints its bracketed text as the option and what follows the bracket once chosen.
  code = code.replace(/\[[^\]]*\]/, '');
  code = code.replace(/(?<!\\)#.*$/, '').replace(/->\s*[\w.]+/g, '').replace(/<>/g, '');
  return normalize(code.replace(/\\(.)/g, '$1'));
}
