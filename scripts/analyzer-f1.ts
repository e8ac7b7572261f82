import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { z } from 'zod';
import { createAnalyzer, type Analyzer } from '../src/engine/analyzer/index.ts';
import { parseRubricData } from '../src/engine/schema/rubric-data.ts';
import { RATED_RUBRICS } from '../src/engine/schema/rubric-ids.ts';

/** The repository root (this file sits in scripts/). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** The labelled development set (first written with the design notes; kept in the repo). */
export const DEV_SET_PATH = resolve(REPO_ROOT, 'tests/fixtures/analyzer-dev.jsonl');
/** The rubric data the analyzer ships with. */
export const RUBRIC_DATA_PATH = resolve(REPO_ROOT, 'stories/rubric-data.json');

const LabelledLineSchema = z.strictObject({
  id: z.string(),
  text: z.string(),
  triggers: z.array(z.string()),
  empathy: z.boolean(),
  ownership: z.boolean(),
  expectations: z.boolean(),
  note: z.string().optional(),
});
/** One labelled agent line: its triggers, and each rated rubric as "rating above 0". */
export type LabelledLine = z.infer<typeof LabelledLineSchema>;

/** Precision, recall and F1 of one class, with the counts behind them. */
export interface ClassScore {
  name: string;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/** Scores over a labelled set, and the lines the analyzer got wrong. */
export interface F1Report {
  classes: ClassScore[];
  macroF1: number;
  mistakes: Array<{ id: string; text: string; missed: string[]; extra: string[] }>;
}

/** Parses JSONL text of labelled lines; throws naming the line that is not valid. */
export function parseLabelledLines(text: string, file: string): LabelledLine[] {
  return text.split('\n').flatMap((raw, index) => {
    if (raw.trim() === '') return [];
    try {
      return [LabelledLineSchema.parse(JSON.parse(raw))];
    } catch (error) {
      throw new Error(`${file}:${index + 1}: not a labelled line: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
}

/** Score of one class from its counts; a class with nothing labelled and nothing predicted scores 1. */
function classScore(name: string, tp: number, fp: number, fn: number): ClassScore {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { name, tp, fp, fn, precision, recall, f1 };
}

/** Per-trigger and per-rubric precision/recall/F1 and their macro mean over labelled lines. */
export function computeF1(lines: readonly LabelledLine[], analyzer: Analyzer, triggerIds: readonly string[]): F1Report {
  const names = [...triggerIds, ...RATED_RUBRICS];
  const counts = new Map(names.map((n) => [n, { tp: 0, fp: 0, fn: 0 }]));
  const mistakes: F1Report['mistakes'] = [];
  for (const line of lines) {
    const analysis = analyzer.analyze(line.text);
    const predicted = new Set<string>(analysis.triggers.map((t) => t.id));
    const expected = new Set<string>(line.triggers);
    for (const rubric of RATED_RUBRICS) {
      if (analysis.ratings[rubric] > 0) predicted.add(rubric);
      if (line[rubric]) expected.add(rubric);
    }
    const missed = [...expected].filter((n) => !predicted.has(n));
    const extra = [...predicted].filter((n) => !expected.has(n));
    for (const name of names) {
      const c = counts.get(name);
      if (!c) continue;
      if (expected.has(name) && predicted.has(name)) c.tp += 1;
      else if (predicted.has(name)) c.fp += 1;
      else if (expected.has(name)) c.fn += 1;
    }
    if (missed.length + extra.length > 0) mistakes.push({ id: line.id, text: line.text, missed, extra });
  }
  const classes = names.map((n) => {
    const c = counts.get(n) ?? { tp: 0, fp: 0, fn: 0 };
    return classScore(n, c.tp, c.fp, c.fn);
  });
  const macroF1 = classes.reduce((sum, c) => sum + c.f1, 0) / classes.length;
  return { classes, macroF1, mistakes };
}

/** Scores a JSONL file with the shipped rubric data. */
export function scoreFile(path: string): F1Report {
  const data = parseRubricData(readFileSync(RUBRIC_DATA_PATH, 'utf8'), RUBRIC_DATA_PATH);
  const lines = parseLabelledLines(readFileSync(path, 'utf8'), path);
  return computeF1(lines, createAnalyzer(data), data.triggers.map((t) => t.id));
}

/** The report as a plain-text table. */
export function formatReport(report: F1Report): string {
  const pct = (x: number) => x.toFixed(3);
  const rows = report.classes.map(
    (c) => `${c.name.padEnd(16)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}   ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`,
  );
  const mistakes = report.mistakes.map((m) => `  ${m.id}: missed [${m.missed.join(', ')}] extra [${m.extra.join(', ')}]  ${m.text}`);
  return [
    `${'class'.padEnd(16)}   TP   FP   FN   prec   recall  F1`,
    ...rows,
    `macro F1 ${pct(report.macroF1)} over ${report.classes.length} classes`,
    ...(mistakes.length > 0 ? ['mistakes:', ...mistakes] : []),
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const path = process.argv[2] ? resolve(process.argv[2]) : DEV_SET_PATH;
  console.log(formatReport(scoreFile(path)));
}
