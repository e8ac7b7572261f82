import * as inkFull from 'inkjs/full';
import { Compiler, CompilerOptions } from 'inkjs/full';
import type { InkStory } from './ink-types.ts';
import { shareIdentifierCharacters, speedUpInk } from './ink-speedups.ts';

// The compiler build exports its parser, though its type declarations leave it out.
shareIdentifierCharacters((inkFull as unknown as { InkParser: { prototype: object } }).InkParser);

/** A compiler message located in the source. */
export interface CompileMessage {
  line: number | undefined;
  message: string;
}

/** Result of compiling ink source in memory. */
export type CompileResult =
  | { ok: true; story: InkStory; readonly json: string; warnings: CompileMessage[]; included: IncludedSource[] }
  | { ok: false; errors: CompileMessage[]; warnings: CompileMessage[]; included: IncludedSource[] };

/** A file an INCLUDE brought in: its name as written, the line of the INCLUDE in this file that led to it, its text. */
export interface IncludedSource {
  name: string;
  line: number | undefined;
  text: string;
}

/**
 * How the compiler finds the files an `INCLUDE` names: `resolve` turns a name written in
 * `from` into a path (relative to the including file), `read` gives its text or throws an
 * Error saying why it cannot.
 */
export interface IncludeReader {
  resolve(name: string, from: string): string;
  read(path: string): string;
}

/** Where the source comes from: its file name and how to read the files it includes. */
export interface CompileOptions {
  file?: string;
  include?: IncludeReader;
}

const ROOT = 'the scenario';

/** A file brought in by INCLUDE: the name as written, and the line of this file's INCLUDE that led to it. */
interface IncludedFile {
  name: string;
  path: string;
  line: number | undefined;
}

/** A message of the compiler, at its line; one from an included file names that file and is placed at its INCLUDE. */
function located(raw: string, included: ReadonlyMap<string, IncludedFile>): CompileMessage {
  const match = /^(?:ERROR|WARNING|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'([^']*)'\s*)?line (\d+):\s*(.*)$/s.exec(raw.trim());
  if (!match) return { line: undefined, message: raw.replace(/^(ERROR|WARNING):\s*/, '').trim() };
  const [, file, line, said] = match;
  // A file that could not be read: "Failed to load: 'x.ink'. Error:Error: <why>".
  const message = said!.replace(/^Failed to load: '([^']*)'\.\s*Error:\s*(?:Error:\s*)?/s, 'INCLUDE $1: ');
  const from = file === undefined ? undefined : included.get(file);
  if (from !== undefined) return { line: from.line, message: `in ${from.name} line ${line}: ${message.trim()}` };
  return { line: Number(line), message: message.trim() };
}

/** The line where `{ … }` blocks nest deepest (ignoring comments is not worth it: a hint only). */
function deepestNestingLine(source: string): number {
  let depth = 0;
  let deepest = 0;
  let line = 1;
  let deepestLine = 1;
  for (const ch of source) {
    if (ch === '\n') line += 1;
    else if (ch === '{') {
      depth += 1;
      if (depth > deepest) [deepest, deepestLine] = [depth, line];
    } else if (ch === '}') depth = Math.max(0, depth - 1);
  }
  return deepestLine;
}

/** The 1-based line of the INCLUDE statement naming `name`, if any. */
function includeLine(source: string, name: string): number | undefined {
  const index = source.split('\n').findIndex((l) => /^\s*INCLUDE\s/.test(l) && l.trim().slice('INCLUDE'.length).trim() === name);
  return index < 0 ? undefined : index + 1;
}

/** What the compiler threw, said in words and placed at a line where possible. */
function thrownMessage(error: unknown, source: string, lastInclude: IncludedFile | undefined): CompileMessage {
  const text = error instanceof Error ? error.message : String(error);
  if (/Stack overflow in parser state/i.test(text)) {
    return {
      line: deepestNestingLine(source),
      message: 'conditionals, choices or { … } blocks nest too deeply here for the ink compiler (it reads about 17 levels); move the inner part into its own knot or stitch',
    };
  }
  if (lastInclude) return { line: lastInclude.line, message: `INCLUDE ${lastInclude.name}: ${text}` };
  return { line: undefined, message: `the ink compiler stopped: ${text}` };
}

/**
 * Compile ink source; the story keeps debug metadata, so its objects know their source lines.
 * `INCLUDE` works when `options.include` says how to read the named files.
 */
export function compileInk(source: string, options: CompileOptions = {}): CompileResult {
  const text = source.replace(/^\uFEFF/, '');
  const root = options.file ?? ROOT;
  const included = new Map<string, IncludedFile>();
  let lastInclude: IncludedFile | undefined;
  const sources: IncludedSource[] = [];
  const reader = options.include;
  const fileHandler = {
    ResolveInkFilename: (name: string, from?: string | null) => {
      if (from === undefined || from === null) return name;
      if (!reader) throw new Error('INCLUDE works only for a scenario read from a file, with the included file beside it');
      // The compiler gives the including file as its INCLUDE wrote it; resolve against its path.
      const parent = from === root ? undefined : included.get(from);
      const path = reader.resolve(name, parent?.path ?? from);
      const line = parent ? parent.line : includeLine(text, name);
      lastInclude = { name, path, line };
      // The compiler names an included file by its path in some messages and as written in others.
      included.set(path, lastInclude);
      included.set(name, lastInclude);
      return path;
    },
    LoadInkFileContents: (path: string) => {
      if (path === root) return text;
      const contents = reader?.read(path) ?? '';
      const from = included.get(path);
      if (from) sources.push({ name: from.name, line: from.line, text: contents });
      return contents;
    },
  };
  const compiler = new Compiler(text, new CompilerOptions(root, [], false, null, fileHandler));
  let story: InkStory | null = null;
  let thrown: CompileMessage | undefined;
  try {
    story = compiler.Compile() as unknown as InkStory;
  } catch (error) {
    story = null;
    thrown = thrownMessage(error, text, lastInclude);
  }
  const warnings = compiler.warnings.map((w) => located(w, included));
  if (!story || compiler.errors.length > 0) {
    const errors = compiler.errors.map((e) => located(e, included));
    if (errors.length === 0) errors.push(thrown ?? { line: undefined, message: 'the ink compiler stopped without saying why' });
    return { ok: false, errors, warnings, included: sources };
  }
  speedUpInk(story);
  const compiled = story;
  // Written on first read: a check needs only the story, playing or shipping it needs the JSON.
  let json: string | undefined;
  return {
    ok: true,
    story,
    get json() {
      return (json ??= storyJson(compiled));
    },
    warnings,
    included: sources,
  };
}

function storyJson(story: InkStory): string {
  const json = story.ToJson();
  if (typeof json !== 'string') throw new Error('the ink compiler produced a story it could not write as JSON');
  return json;
}
