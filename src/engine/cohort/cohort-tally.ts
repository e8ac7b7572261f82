import { SCORED_RUBRICS, type ScoredRubric } from '../schema/rubric-ids.ts';
import type { Outcome } from '../schema/tags.ts';
import type { AttemptStatus } from '../records/attempt-record.ts';
import type { AttemptFact, CallFact, StepFact } from './call-fact.ts';

/** Mean percentages over a set of calls, to one decimal; a rubric no call assessed is null; null when there are no calls. */
export type RubricAverages = (Record<ScoredRubric, number | null> & { overall: number }) | null;

/** One trainee's line in the cohort table. */
export interface TraineeSummary {
  /** what the line is keyed by: the trainee id, an LRS account ("account:" homePage and name), else "name:" and the normalised name */
  key: string;
  traineeId: string | null;
  /** the LRS account's homePage, when the trainee's calls came from an LRS */
  homePage: string | null;
  /** the name on their latest record */
  candidate: string;
  /** other names their records carry, as written */
  otherNames: string[];
  attempts: number;
  passed: number;
  failed: number;
  inProgress: number;
  /** every call, practice and certification */
  calls: number;
  averages: RubricAverages;
}

/** How the cohort did on one scenario. */
export interface ScenarioSummary {
  scenarioId: string;
  title: string;
  calls: number;
  averageOverall: number;
  /** trainees who finished at least one call of it */
  trainees: number;
  /** the share of the cohort's trainees who finished it, in percent to one decimal */
  completion: number;
  /** calls by how they ended ("none" for a call that reached no outcome) */
  outcomes: Partial<Record<Outcome | 'none', number>>;
}

/** A place in a scenario where trainees pick: reached after the lines `after` (authored choice numbers), at line `step`. */
export interface ChoicePointSummary {
  scenarioId: string;
  title: string;
  step: number;
  after: number[];
  /** trainees who reached it */
  reached: number;
  /** trainees who picked a weak line there at least once (a line with a trigger phrase or a negative rating) */
  weak: number;
  /** weak ÷ reached, in percent to one decimal */
  weakShare: number;
  /** the weak lines picked there, most picked first: authored choice number, how often, and the line when the LRS gave it */
  weakLines: { choice: number; count: number; line: string | null }[];
}

/** One trigger family across the cohort: how often its phrases were used, and by whom. */
export interface TriggerSummary {
  id: string;
  count: number;
  /** how many trainees used it */
  trainees: number;
  /** who used it most: trainee key, name and count, most first (at most five) */
  by: { key: string; name: string; count: number }[];
}

/** One technique across the cohort, from the choice points that practise it. */
export interface TechniqueSummary {
  id: string;
  /** choice points reached that practise it, counted per call */
  visits: number;
  /** of those, where a weak line was picked */
  weakVisits: number;
  /** weakVisits ÷ visits, in percent to one decimal */
  weakShare: number;
  trainees: number;
}

/** One week (Monday to Sunday, UTC) of the cohort's calls. */
export interface WeekSummary {
  /** the Monday, YYYY-MM-DD */
  week: string;
  calls: number;
  trainees: number;
  averageOverall: number;
  certificationCalls: number;
  passedCalls: number;
}

/** What a trainer asks of a cohort: trainees, scenarios (hardest first), choice points (weakest first), triggers (most used first), techniques (weakest first), weeks. */
export interface CohortSummary {
  calls: number;
  trainees: TraineeSummary[];
  scenarios: ScenarioSummary[];
  choicePoints: ChoicePointSummary[];
  triggers: TriggerSummary[];
  techniques: TechniqueSummary[];
  weeks: WeekSummary[];
}

/** The techniques each choice point along a call's path practised (one list per step); empty lists when unknown. */
export type TechniqueLookup = (scenarioId: string, path: readonly number[]) => readonly (readonly string[])[];

/**
 * A sum of percentages kept in millionths, as an integer: the mean is then the same whatever order the calls come in (files, LRS
 * pages), which floating-point addition does not promise.
 */
class Mean {
  private micro = 0;
  private n = 0;
  add(value: number | null): void {
    if (value === null) return;
    this.micro += Math.round(value * 1e6);
    this.n += 1;
  }
  value(): number | null {
    return this.n === 0 ? null : Math.round(this.micro / this.n / 1e5) / 10;
  }
}

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

/** A line is weak when it carries a trigger phrase or is rated below zero on a rubric. */
export function isWeakLine(step: Pick<StepFact, 'ratings' | 'triggers'>): boolean {
  return step.triggers.length > 0 || step.ratings.empathy < 0 || step.ratings.ownership < 0 || step.ratings.expectations < 0;
}

/** The Monday (UTC) of the week a time falls in, as YYYY-MM-DD. */
export function weekOf(at: string): string {
  const day = new Date(`${at.slice(0, 10)}T00:00:00.000Z`);
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}

interface TraineeTally {
  traineeId: string | null;
  homePage: string | null;
  names: Map<string, string>;
  calls: number;
  means: Record<ScoredRubric | 'overall', Mean>;
  attempts: Map<string, AttemptStatus>;
}

interface ScenarioTally {
  title: string;
  calls: number;
  overall: Mean;
  trainees: Set<string>;
  outcomes: Map<Outcome | 'none', number>;
}

interface PointTally {
  scenarioId: string;
  step: number;
  after: number[];
  reached: Set<string>;
  weak: Set<string>;
  lines: Map<number, { count: number; line: string | null }>;
}

const newMeans = () => Object.fromEntries([...SCORED_RUBRICS, 'overall'].map((key) => [key, new Mean()])) as TraineeTally['means'];

/**
 * The cohort's figures, built call by call: add calls and attempts as they arrive (from files, from LRS pages, in any order) and
 * ask for the summary at any time. A call or attempt added twice (same id) counts once.
 */
export class CohortTally {
  private readonly callIds = new Set<string>();
  private readonly attemptIds = new Set<string>();
  private readonly trainees = new Map<string, TraineeTally>();
  private readonly scenarios = new Map<string, ScenarioTally>();
  private readonly points = new Map<string, PointTally>();
  private readonly triggers = new Map<string, Map<string, number>>();
  private readonly techniques = new Map<string, { visits: number; weakVisits: number; trainees: Set<string> }>();
  private readonly weeks = new Map<string, { calls: number; trainees: Set<string>; overall: Mean; certification: number; passed: number }>();

  constructor(private readonly techniquesAt: TechniqueLookup = () => []) {}

  private techniquesOf(call: CallFact): readonly (readonly string[])[] {
    return this.techniquesAt(call.scenarioId, call.steps.map((step) => step.choice));
  }

  addCall(call: CallFact): void {
    if (this.callIds.has(call.id)) return;
    this.callIds.add(call.id);
    const who = call.trainee.key;
    const trainee = this.trainee(call.trainee, call.endedAt);
    trainee.calls += 1;
    for (const rubric of SCORED_RUBRICS) trainee.means[rubric].add(call.scores[rubric]);
    trainee.means.overall.add(call.scores.overall);

    const scenario = this.scenarios.get(call.scenarioId) ?? { title: call.scenarioTitle, calls: 0, overall: new Mean(), trainees: new Set(), outcomes: new Map() };
    this.scenarios.set(call.scenarioId, scenario);
    scenario.calls += 1;
    scenario.overall.add(call.scores.overall);
    scenario.trainees.add(who);
    const outcome = call.outcome ?? 'none';
    scenario.outcomes.set(outcome, (scenario.outcomes.get(outcome) ?? 0) + 1);

    const after: number[] = [];
    const techniques = this.techniquesOf(call);
    for (const [i, step] of call.steps.entries()) {
      const key = `${call.scenarioId} ${after.join('.')}`;
      const point = this.points.get(key) ?? { scenarioId: call.scenarioId, step: i + 1, after: [...after], reached: new Set(), weak: new Set(), lines: new Map() };
      this.points.set(key, point);
      point.reached.add(who);
      const weak = isWeakLine(step);
      if (weak) {
        point.weak.add(who);
        const seen = point.lines.get(step.choice);
        point.lines.set(step.choice, { count: (seen?.count ?? 0) + 1, line: seen?.line ?? step.line });
      }
      for (const id of techniques[i] ?? []) {
        const technique = this.techniques.get(id) ?? { visits: 0, weakVisits: 0, trainees: new Set() };
        this.techniques.set(id, technique);
        technique.visits += 1;
        if (weak) technique.weakVisits += 1;
        technique.trainees.add(who);
      }
      after.push(step.choice);
    }

    for (const id of call.triggers) {
      const by = this.triggers.get(id) ?? new Map<string, number>();
      this.triggers.set(id, by);
      by.set(who, (by.get(who) ?? 0) + 1);
    }

    const week = weekOf(call.endedAt);
    const tally = this.weeks.get(week) ?? { calls: 0, trainees: new Set(), overall: new Mean(), certification: 0, passed: 0 };
    this.weeks.set(week, tally);
    tally.calls += 1;
    tally.trainees.add(who);
    tally.overall.add(call.scores.overall);
    if (call.passed !== null) tally.certification += 1;
    if (call.passed) tally.passed += 1;
  }

  addAttempt(attempt: AttemptFact): void {
    if (this.attemptIds.has(attempt.id)) return;
    this.attemptIds.add(attempt.id);
    this.trainee(attempt.trainee, attempt.startedAt).attempts.set(attempt.id, attempt.status);
  }

  summary(): CohortSummary {
    const cohortSize = this.trainees.size;
    const trainees = [...this.trainees].map(([key, t]): TraineeSummary => {
      // Latest first, so the name shown is the one the trainee uses now.
      const named = [...t.names].sort((a, b) => b[1].localeCompare(a[1]) || a[0].localeCompare(b[0])).map(([name]) => name);
      const statuses = [...t.attempts.values()];
      const count = (status: AttemptStatus) => statuses.filter((s) => s === status).length;
      const averages: RubricAverages = t.calls === 0 ? null : { ...(Object.fromEntries(SCORED_RUBRICS.map((r) => [r, t.means[r].value()])) as Record<ScoredRubric, number | null>), overall: t.means.overall.value() ?? 0 };
      return { key, traineeId: t.traineeId, homePage: t.homePage, candidate: named[0]!, otherNames: named.slice(1), attempts: statuses.length, passed: count('passed'), failed: count('failed'), inProgress: count('in_progress'), calls: t.calls, averages };
    });
    trainees.sort((a, b) => a.candidate.localeCompare(b.candidate) || a.key.localeCompare(b.key));
    const titles = new Map([...this.scenarios].map(([id, s]) => [id, s.title]));
    const scenarios = [...this.scenarios]
      .map(([scenarioId, s]): ScenarioSummary => ({ scenarioId, title: s.title, calls: s.calls, averageOverall: s.overall.value() ?? 0, trainees: s.trainees.size, completion: percent(s.trainees.size, cohortSize), outcomes: Object.fromEntries([...s.outcomes].sort()) }))
      .sort((a, b) => a.averageOverall - b.averageOverall || a.scenarioId.localeCompare(b.scenarioId));
    const choicePoints = [...this.points.values()]
      .map((p): ChoicePointSummary => ({
        scenarioId: p.scenarioId,
        title: titles.get(p.scenarioId) ?? p.scenarioId,
        step: p.step,
        after: p.after,
        reached: p.reached.size,
        weak: p.weak.size,
        weakShare: percent(p.weak.size, p.reached.size),
        weakLines: [...p.lines].map(([choice, l]) => ({ choice, ...l })).sort((a, b) => b.count - a.count || a.choice - b.choice),
      }))
      .sort((a, b) => b.weakShare - a.weakShare || b.reached - a.reached || a.scenarioId.localeCompare(b.scenarioId) || a.after.join('.').localeCompare(b.after.join('.')));
    const nameOf = new Map(trainees.map((t) => [t.key, t.candidate]));
    const triggers = [...this.triggers]
      .map(([id, by]): TriggerSummary => ({
        id,
        count: [...by.values()].reduce((a, b) => a + b, 0),
        trainees: by.size,
        // Ties go by name, as the trainees' table does, so both sources list the same people.
        by: [...by]
          .map(([key, count]) => ({ key, name: nameOf.get(key)!, count }))
          .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name) || a.key.localeCompare(b.key))
          .slice(0, 5),
      }))
      .sort((a, b) => b.count - a.count || a.id.localeCompare(b.id));
    const techniques = [...this.techniques]
      .map(([id, t]): TechniqueSummary => ({ id, visits: t.visits, weakVisits: t.weakVisits, weakShare: percent(t.weakVisits, t.visits), trainees: t.trainees.size }))
      .sort((a, b) => b.weakShare - a.weakShare || a.id.localeCompare(b.id));
    const weeks = [...this.weeks]
      .map(([week, w]): WeekSummary => ({ week, calls: w.calls, trainees: w.trainees.size, averageOverall: w.overall.value() ?? 0, certificationCalls: w.certification, passedCalls: w.passed }))
      .sort((a, b) => a.week.localeCompare(b.week));
    return { calls: this.callIds.size, trainees, scenarios, choicePoints, triggers, techniques, weeks };
  }

  private trainee(ref: AttemptFact['trainee'], at: string): TraineeTally {
    let t = this.trainees.get(ref.key);
    if (!t) this.trainees.set(ref.key, (t = { traineeId: ref.traineeId, homePage: ref.homePage, names: new Map(), calls: 0, means: newMeans(), attempts: new Map() }));
    const seen = t.names.get(ref.name);
    if (!seen || at > seen) t.names.set(ref.name, at);
    return t;
  }
}

/** The summary of a set of calls and attempts. */
export function summarize(calls: Iterable<CallFact>, attempts: Iterable<AttemptFact>, techniquesAt?: TechniqueLookup): CohortSummary {
  const tally = new CohortTally(techniquesAt);
  for (const attempt of attempts) tally.addAttempt(attempt);
  for (const call of calls) tally.addCall(call);
  return tally.summary();
}
