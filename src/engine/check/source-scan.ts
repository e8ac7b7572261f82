import type { TagPlace } from '../schema/tags.ts';

/** A tag as written in the source, with where it stands. */
export interface SourceTag {
  line: number;
  raw: string;
  place: TagPlace;
}

/** A choice as written in the source. */
export interface SourceChoice {
  line: number;
  /** the text inside the brackets, before its tags */
  text: string;
  /** raw tags inside the brackets */
  tags: string[];
}

/** A knot, stitch or function header. */
export interface SourceFlow {
  line: number;
  kind: 'knot' | 'stitch' | 'function';
  /** runtime path: `knot` or `knot.stitch` */
  path: string;
}

/** A problem found by reading the source, before compiling. */
export interface SourceProblem {
  line: number;
  code: 'text_before_bracket' | 'cut_short_comment';
  message: string;
}

/** What a line-by-line read of an ink file finds. */
export interface SourceScan {
  tags: SourceTag[];
  choices: SourceChoice[];
  flows: SourceFlow[];
  problems: SourceProblem[];
  /** line of `VAR mood = …`, if declared */
  moodLine: number | undefined;
}

const DECLARATION = /^(VAR|CONST|LIST|INCLUDE|EXTERNAL)\b/;
const KNOT = /^={2,}\s*(function\s+)?([A-Za-z_][\w]*)/;
const STITCH = /^=\s*([A-Za-z_][\w]*)/;
const CHOICE = /^([*+](?:\s*[*+])*)\s*(\([^)]*\)\s*)?((?:\{[^}]*\}\s*)*)(.*)$/;

/** Remove comments, reporting `//` that looks like it cut a line short (a web address, say). */
function stripComments(text: string, inBlock: boolean): { code: string; inBlock: boolean; cutShort: boolean } {
  let code = '';
  let block = inBlock;
  let cutShort = false;
  for (let i = 0; i < text.length; i++) {
    if (block) {
      if (text.startsWith('*/', i)) {
        block = false;
        i++;
      }
      continue;
    }
    if (text[i] === '\\') {
      code += text.slice(i, i + 2);
      i++;
      continue;
    }
    if (text.startsWith('/*', i)) {
      block = true;
      i++;
      continue;
    }
    if (text.startsWith('//', i)) {
      cutShort = code.trim().length > 0 && i > 0 && /\S/.test(text[i - 1]!);
      break;
    }
    code += text[i];
  }
  return { code, inBlock: block, cutShort };
}

/** Split on unescaped `#`: the text, then each tag. */
function splitTags(code: string): { text: string; tags: string[] } {
  const parts = code.split(/(?<!\\)#/);
  return { text: unescape(parts[0] ?? '').trim(), tags: parts.slice(1).map((tag) => tag.trim()) };
}

function unescape(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** Read an ink file line by line: tags and their places, choices, knots and stitches. */
export function scanSource(source: string): SourceScan {
  const scan: SourceScan = { tags: [], choices: [], flows: [], problems: [], moodLine: undefined };
  let inBlock = false;
  let inHeader = true;
  let knot: string | undefined;
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((text, index) => {
    const line = index + 1;
    const stripped = stripComments(text, inBlock);
    inBlock = stripped.inBlock;
    if (stripped.cutShort) {
      scan.problems.push({ line, code: 'cut_short_comment', message: 'this line looks cut short by "//" (which starts a comment in ink); write a web address as https:\\/\\/…' });
    }
    const code = stripped.code.trim();
    if (code === '') return;
    const addTags = (tags: string[], place: TagPlace) => {
      for (const raw of tags) scan.tags.push({ line, raw, place });
    };
    if (DECLARATION.test(code)) {
      if (/^VAR\s+mood\s*=/.test(code)) scan.moodLine = line;
      return;
    }
    if (code.startsWith('#')) {
      addTags(splitTags(code).tags, inHeader ? 'header' : 'line');
      return;
    }
    inHeader = false;
    const knotMatch = KNOT.exec(code);
    if (knotMatch) {
      knot = knotMatch[2]!;
      scan.flows.push({ line, kind: knotMatch[1] ? 'function' : 'knot', path: knot });
      return;
    }
    const stitchMatch = STITCH.exec(code);
    if (stitchMatch) {
      scan.flows.push({ line, kind: 'stitch', path: knot ? `${knot}.${stitchMatch[1]}` : stitchMatch[1]! });
      return;
    }
    if (code.startsWith('~')) return;
    const choice = CHOICE.exec(code);
    if (choice) {
      const rest = choice[4] ?? '';
      const open = rest.indexOf('[');
      const before = open < 0 ? rest : rest.slice(0, open);
      if (before.trim() !== '' && !before.trim().startsWith('#')) {
        scan.problems.push({
          line,
          code: 'text_before_bracket',
          message: 'choice text must be written inside [ ]: text outside the brackets is printed as if the customer said it',
        });
      }
      if (open >= 0) {
        const close = rest.indexOf(']', open);
        const inside = splitTags(rest.slice(open + 1, close < 0 ? undefined : close));
        scan.choices.push({ line, text: inside.text, tags: inside.tags });
        addTags(inside.tags, 'choice');
        if (close >= 0) addTags(splitTags(rest.slice(close + 1)).tags, 'line');
      } else {
        addTags(splitTags(rest).tags, 'line');
      }
      return;
    }
    addTags(splitTags(code.replace(/^-(\s*-)*\s*(\([^)]*\))?/, '')).tags, 'line');
  });
  return scan;
}
