import type { TeachCall, TeachLine } from './teach-call.ts';

/** What "none" means in a mark: no technique of the list, no trigger, or no line on offer better than the one said. */
export const NONE = 'none';

/** The grader's marks on one agent line: a technique id or {@link NONE}, a trigger id or {@link NONE}, and the 0-based option they would say instead or {@link NONE} to keep the line said. */
export interface TeachMarks {
  technique: string;
  trigger: string;
  better: number | typeof NONE;
}

/** One mark against the engine's answer. */
export interface MarkResult {
  agreed: boolean;
  why: string;
}

/** The review of one line. */
export interface LineReview {
  technique: MarkResult;
  trigger: MarkResult;
  better: MarkResult;
}

/** The grade of a whole call: per line, and how many marks agree with the engine. */
export interface TeachGrade {
  lines: LineReview[];
  agreed: number;
  total: number;
  /** agreed ÷ total × 100, rounded to a whole number */
  percent: number;
}

/** Whether one line's marks agree with the engine's ratings of it, mark by mark. */
export function gradeLine(line: TeachLine, marks: TeachMarks): LineReview {
  const { key } = line;
  const technique = key.techniques.length === 0 ? marks.technique === NONE : key.techniques.includes(marks.technique);
  const trigger = key.triggers.length === 0 ? marks.trigger === NONE : key.triggers.includes(marks.trigger);
  const keep = key.better.includes(line.said);
  const better = marks.better === NONE ? keep : !keep && key.better.includes(marks.better);
  return {
    technique: { agreed: technique, why: key.why.technique },
    trigger: { agreed: trigger, why: key.why.trigger },
    better: { agreed: better, why: key.why.better },
  };
}

/** Grade every agent line of the call against the engine's own ratings: three marks a line, each agreeing or not. */
export function gradeCall(call: TeachCall, marks: readonly TeachMarks[]): TeachGrade {
  if (marks.length !== call.lines.length) throw new RangeError(`expected marks for ${call.lines.length} lines, got ${marks.length}`);
  const lines = call.lines.map((line, i) => gradeLine(line, marks[i]!));
  const agreed = lines.reduce((sum, l) => sum + [l.technique, l.trigger, l.better].filter((m) => m.agreed).length, 0);
  const total = lines.length * 3;
  return { lines, agreed, total, percent: total === 0 ? 0 : Math.round((100 * agreed) / total) };
}

