import { formatPath } from '../schema/json-path.ts';
import type { CallFact, StepFact } from './call-fact.ts';
import { FrontlineStatementSchema, looksLikeFrontline, type FrontlineStatement } from './frontline-statement.ts';

/** Statements set aside for one reason: how many, and the first one's id (or position) so a trainer can look it up in the LRS. */
export interface SkippedStatements {
  reason: string;
  count: number;
  example: string;
}

/** What reading statements gave: the calls, and every statement not used, counted by reason. */
export interface StatementCalls {
  calls: CallFact[];
  /** statements read, repeats included */
  read: number;
  /** statements that went into a call */
  used: number;
  skipped: SkippedStatements[];
}

type Completed = Extract<FrontlineStatement, { verb: 'completed' }>;
type Answered = Extract<FrontlineStatement, { verb: 'answered' }>;

/** One call's statements as they arrive, in any order and from any page. */
interface PartCall {
  first: FrontlineStatement;
  completed?: Completed;
  passed?: boolean;
  steps: Map<number, Answered>;
  ids: Set<string>;
}

export const NOT_FRONTLINE = 'not a Frontline statement (another course or tool’s, or not a call’s)';

/**
 * Folds statements from an LRS, page after page, into call facts: each statement is checked by the one Frontline statement
 * schema, and a call is given once all of its statements are in (its `completed`, its verdict in certification, and an `answered`
 * for every line up to the last). Nothing read is kept but what the calls need; nothing unusable stops the reading.
 */
export class StatementCallReader {
  private readonly parts = new Map<string, PartCall>();
  private readonly skips = new Map<string, SkippedStatements>();
  private read = 0;

  /** Read one statement as the LRS gave it. */
  add(raw: unknown): void {
    this.read += 1;
    let parsed: ReturnType<typeof FrontlineStatementSchema.safeParse>;
    try {
      parsed = FrontlineStatementSchema.safeParse(raw);
    } catch (error) {
      // A getter that throws, a cycle: contained like any other damage.
      return this.skip(`unreadable (${error instanceof Error ? error.message : String(error)})`, raw);
    }
    if (!parsed.success) {
      if (!looksLikeFrontline(raw)) return this.skip(NOT_FRONTLINE, raw);
      const issue = parsed.error.issues[0]!;
      return this.skip(`a damaged Frontline statement: ${formatPath(issue.path)}: ${issue.message}`, raw);
    }
    const s = parsed.data;
    const part = this.parts.get(s.callId);
    if (!part) return void this.parts.set(s.callId, this.place({ first: s, steps: new Map(), ids: new Set() }, s));
    if (part.ids.has(s.id)) return this.skip('given twice by the LRS (counted once)', raw);
    const { first } = part;
    if (first.traineeKey !== s.traineeKey || first.scenarioId !== s.scenarioId || first.kind !== s.kind || first.attemptId !== s.attemptId || first.trackId !== s.trackId) {
      return this.skip('disagrees with the other statements of its call (trainee, scenario, track or attempt)', raw);
    }
    this.place(part, s);
  }

  /** The calls read so far, and the statements of calls still missing some, counted as skipped. */
  finish(): StatementCalls {
    const calls: CallFact[] = [];
    const skipped = new Map(this.skips);
    let used = 0;
    for (const part of this.parts.values()) {
      const missing = missingOf(part);
      if (missing) {
        const reason = `from a call whose ${missing} statement is missing from the LRS`;
        const seen = skipped.get(reason);
        skipped.set(reason, { reason, count: (seen?.count ?? 0) + part.ids.size, example: seen?.example ?? part.first.id });
        continue;
      }
      used += part.ids.size;
      calls.push(factOf(part));
    }
    return { calls, read: this.read, used, skipped: [...skipped.values()].sort((a, b) => b.count - a.count || a.reason.localeCompare(b.reason)) };
  }

  private place(part: PartCall, s: FrontlineStatement): PartCall {
    part.ids.add(s.id);
    if (s.verb === 'answered') part.steps.set(s.step, s);
    else if (s.verb === 'completed') part.completed = s;
    else part.passed = s.passed;
    return part;
  }

  private skip(reason: string, raw: unknown): void {
    const seen = this.skips.get(reason);
    if (seen) seen.count += 1;
    else this.skips.set(reason, { reason, count: 1, example: exampleOf(raw, this.read) });
  }
}

function exampleOf(raw: unknown, position: number): string {
  try {
    const id = (raw as { id?: unknown } | null)?.id;
    if (typeof id === 'string') return id;
  } catch {
    // A statement whose id cannot be read is named by its place instead.
  }
  return `statement ${position} read`;
}

/** What a call still lacks, in words, or undefined when it is whole. */
function missingOf(part: PartCall): string | undefined {
  if (!part.completed) return '“completed”';
  if (part.first.kind === 'certification' && part.passed === undefined) return '“passed” or “failed”';
  const last = Math.max(0, ...part.steps.keys());
  for (let step = 1; step <= last; step++) if (!part.steps.has(step)) return `“answered” (line ${step})`;
  return undefined;
}

function factOf(part: PartCall): CallFact {
  const { first } = part;
  const completed = part.completed!;
  const steps: StepFact[] = [...part.steps.values()].sort((a, b) => a.step - b.step).map((s) => ({ choice: s.choice, ratings: s.ratings, triggers: s.triggers, line: s.line }));
  return {
    id: first.callId,
    trainee: { key: first.traineeKey, traineeId: null, name: first.traineeName, homePage: first.homePage },
    kind: first.kind,
    trackId: first.trackId,
    attemptId: first.attemptId,
    scenarioId: first.scenarioId,
    scenarioTitle: completed.title,
    endedAt: completed.timestamp,
    durationMs: completed.durationMs,
    outcome: completed.outcome,
    scores: completed.scores,
    // As the call record counts them: each distinct trigger once per chosen line.
    triggers: steps.flatMap((step) => [...new Set(step.triggers)]),
    passed: first.kind === 'certification' ? part.passed! : null,
    steps,
    source: 'lrs',
  };
}
