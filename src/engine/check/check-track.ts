import { blockersFor, callJudge } from '../certification/pass-rules.ts';
import { walkCompletePaths } from '../explore/path-walk.ts';
import type { RubricData } from '../schema/rubric-data.ts';
import { parseTrack, trackScenarioIds } from '../schema/track.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import { InputError } from '../errors.ts';
import type { ScenarioCheck, ScenarioReport } from './check-scenario.ts';
import { DiagnosticList } from './diagnostics.ts';
import { STRATEGY_NAMES, type StrategyPlay } from './naive-strategies.ts';
import { judgeStrategies, type TrackStrategies } from './track-strategies.ts';

/** What a track check needs: the rubric data and the checks of the scenarios beside it, by id. */
export interface TrackCheckOptions {
  data: RubricData;
  rules: ScoringRules;
  scenarios: ReadonlyMap<string, ScenarioCheck>;
}

/** The checker's verdict on a track file: its problems, and what naive strategies would make of it. */
export type TrackReport = Omit<ScenarioReport, 'stats' | 'strategies'> & { strategies?: TrackStrategies };

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** Validate a track file: its schema, its scenarios, its blockers, and that every scenario can be passed. */
export function checkTrack(file: string, text: string, options: TrackCheckOptions): TrackReport {
  const list = new DiagnosticList();
  let strategies: TrackStrategies | undefined;
  const finish = (id: string): TrackReport => {
    const errors = list.of('error');
    const report: TrackReport = { file, id, ok: errors.length === 0, errors, warnings: list.of('warning') };
    if (strategies) report.strategies = strategies;
    return report;
  };
  let parsed: ReturnType<typeof parseTrack>;
  try {
    parsed = parseTrack(text, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    list.add(error.line, 'bad_data', error.detail);
    return finish(file);
  }
  const { track, locate } = parsed;
  const key = track.scenarios.order === 'fixed' ? 'ids' : 'pool';
  const known = new Set(options.data.triggers.map((t) => t.id));
  for (const kind of ['add', 'remove'] as const) {
    track.pass.blockers[kind].forEach((id, i) => {
      if (!known.has(id)) list.add(locate(['pass', 'blockers', kind, i]), 'unknown_trigger', `unknown trigger id "${id}" in pass.blockers.${kind}`);
    });
  }
  const blockers = blockersFor(track, options.data);
  const judge = callJudge(track, options.data);
  const plays = new Map<string, StrategyPlay>();
  const lineOf = new Map<string, number>();
  trackScenarioIds(track).forEach((id, i) => {
    const line = locate(['scenarios', key, i]);
    const check = options.scenarios.get(id);
    if (!check) {
      list.add(line, 'unknown_scenario', `no scenario "${id}" in this folder; known: ${[...options.scenarios.keys()].sort().join(', ')}`);
      return;
    }
    if (!check.exploration || !check.rated || !check.report.ok) {
      list.add(line, 'unknown_scenario', `scenario "${id}" has errors of its own; fix them first (${check.report.file})`);
      return;
    }
    if (check.gaming) {
      plays.set(id, check.gaming);
      lineOf.set(id, line ?? 1);
    }
    let passable = false;
    let best = { overall: -1, why: 'it has no complete path' };
    walkCompletePaths(check.exploration, check.rated, options.rules, ({ scores, triggers, ending }) => {
      const outcome = check.exploration!.nodes[ending]!.outcome ?? null;
      const verdict = judge({ scores, outcome, triggers });
      if (verdict.passed) {
        passable = true;
        return 'stop';
      }
      if (scores.overall > best.overall) best = { overall: scores.overall, why: `its best path (overall ${round(scores.overall)}) fails: ${verdict.reasons.join(' ')}` };
      return undefined;
    });
    if (!passable) list.add(locate(['pass']), 'unattainable_marks', `no complete path of "${id}" meets every pass mark at once: ${best.why}`);
  });
  if (plays.size > 0) {
    const judged = judgeStrategies(track, blockers, options.rules, plays);
    strategies = judged.verdicts;
    for (const { scenario, strategy, picks } of judged.gamed) {
      const check = options.scenarios.get(scenario)!;
      const where = check.lines && picks.length > 0 ? check.lines.cite(check.report.file, picks) : check.report.file;
      list.add(
        lineOf.get(scenario) ?? 1,
        'gameable',
        `${STRATEGY_NAMES[strategy]} passes the "${scenario}" call of this track; it picks the best line at ${where}: make another line there as long and as plausible`,
      );
    }
  }
  return finish(track.id);
}
