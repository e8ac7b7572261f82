import { Compiler } from 'inkjs/full';
import type { InkStory } from './ink-types.ts';

/** A compiler message located in the source. */
export interface CompileMessage {
  line: number | undefined;
  message: string;
}

/** Result of compiling ink source in memory. */
export type CompileResult =
  | { ok: true; story: InkStory; json: string; warnings: CompileMessage[] }
  | { ok: false; errors: CompileMessage[]; warnings: CompileMessage[] };

function located(raw: string): CompileMessage {
  const match = /^(?:ERROR|WARNING|RUNTIME ERROR|RUNTIME WARNING):\s*(?:'[^']*'\s*)?line (\d+):\s*(.*)$/s.exec(raw.trim());
  if (match) return { line: Number(match[1]), message: match[2]!.trim() };
  return { line: undefined, message: raw.replace(/^(ERROR|WARNING):\s*/, '').trim() };
}

/** Compile ink source; the story keeps debug metadata, so its objects know their source lines. */
export function compileInk(source: string): CompileResult {
  const compiler = new Compiler(source.replace(/^\uFEFF/, ''));
  let story: InkStory | null = null;
  try {
    story = compiler.Compile() as unknown as InkStory;
  } catch {
    story = null;
  }
  const warnings = compiler.warnings.map(located);
  if (!story || compiler.errors.length > 0) {
    const errors = compiler.errors.map(located);
    return { ok: false, errors: errors.length > 0 ? errors : [{ line: undefined, message: 'compilation failed' }], warnings };
  }
  const json = story.ToJson();
  if (typeof json !== 'string') return { ok: false, errors: [{ line: undefined, message: 'the compiler produced no JSON' }], warnings };
  return { ok: true, story, json, warnings };
}
