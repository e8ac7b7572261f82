import { parseArgs } from 'node:util';
import { z } from 'zod';
import type { Analysis } from '../engine/analyzer/index.ts';
import { lineTooLong } from '../engine/analyzer/line-limit.ts';
import { RATED_RUBRICS } from '../engine/schema/rubric-ids.ts';
import { inputLines } from './input-lines.ts';
import { loadRubrics } from './rubric-source.ts';

const JsonlLineSchema = z.object({ id: z.union([z.string(), z.number()]).optional(), text: z.string() });

/** One result line of `frontline analyze`, as `cli.md` defines it. */
export function analysisRecord(id: string | number | undefined, analysis: Analysis): Record<string, unknown> {
  return {
    id: id ?? null,
    text: analysis.text,
    triggers: analysis.triggers.map((hit) => hit.id),
    ...Object.fromEntries(RATED_RUBRICS.map((r) => [r, analysis.ratings[r] > 0])),
    ratings: analysis.ratings,
    evidence: analysis.evidence.map(({ kind, id: cue, match }) => ({ kind, id: cue, match })),
  };
}

/** `frontline analyze [--jsonl]`: rates agent lines from stdin; returns the exit code. */
export async function runAnalyze(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values } = parseArgs({ args: argv, options: { jsonl: { type: 'boolean' }, rubrics: { type: 'string' } } });
  const { analyzer } = loadRubrics(values.rubrics);
  let lineNumber = 0;
  let failed = false;
  const rate = (id: string | number | undefined, text: string) => {
    const tooLong = lineTooLong(text);
    if (tooLong) {
      err(`stdin:${lineNumber}: ${tooLong}`);
      failed = true;
      return;
    }
    out(JSON.stringify(analysisRecord(id, analyzer.analyze(text))));
  };
  for await (const line of inputLines(process.stdin)) {
    lineNumber = line.number;
    if ('problem' in line) {
      err(`stdin:${lineNumber}: ${line.problem}`);
      failed = true;
      continue;
    }
    const raw = line.text;
    if (raw.trim() === '') continue;
    if (!values.jsonl) {
      rate(lineNumber, raw);
      continue;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      err(`stdin:${lineNumber}: not JSON: expected an object like {"id": "a1", "text": "…"}`);
      failed = true;
      continue;
    }
    const record = JsonlLineSchema.safeParse(parsed);
    if (!record.success) {
      err(`stdin:${lineNumber}: expected an object with a string "text" (and an "id")`);
      failed = true;
      continue;
    }
    rate(record.data.id, record.data.text);
  }
  return failed ? 1 : 0;
}
