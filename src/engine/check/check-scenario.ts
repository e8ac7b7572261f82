import { explore, type Exploration, type ExploreOptions } from '../explore/explorer.ts';
import { rateNodes, summarizePaths, type PathSummary } from '../explore/paths.ts';
import { playThroughs, type PlayOptions } from '../explore/play-throughs.ts';
import type { Technique } from '../schema/rubric-data.ts';
import type { ChoiceOption } from '../schema/session.ts';
import { RATED_RUBRICS, type RatedRubric } from '../schema/rubric-ids.ts';
import { OUTCOMES, type Outcome, type ScenarioHeader } from '../schema/tags.ts';
import type { ScoringRules } from '../scoring/call-score.ts';
import type { LineRater, RatedChoice } from '../scoring/rate-choice.ts';
import { compileInk, type IncludeReader } from '../story/compile.ts';
import { readHeader } from '../story/header.ts';
import type { InkStory } from '../story/ink-types.ts';
import { guardStory } from '../story/story-guard.ts';
import { readTag } from '../story/tag-read.ts';
import { ChoiceLines } from './choice-lines.ts';
import { scenarioCoverage, type ScenarioCoverage } from './coverage.ts';
import { measureReach, type Reach } from './reach.ts';
import { DiagnosticList, includedFileSink, type Diagnostic, type DiagnosticSink } from './diagnostics.ts';
import { checkGaming, type GamingReport } from './gaming-check.ts';
import { cueWordCounter, type StrategyPlay } from './naive-strategies.ts';
import type { RatedMove } from './rating-consistency.ts';
import { scanSource, type SourceScan } from './source-scan.ts';
import { checkChoices } from './choice-checks.ts';

/** Authoring statistics of one scenario, as `cli.md` lists them. */
export interface ScenarioStats {
  knots: number;
  choicePoints: number;
  /** choice points on the longest complete path */
  longestPath: number;
  choices: number;
  states: number;
  endings: number;
  outcomes: Record<Outcome, number>;
  rubrics: Record<RatedRubric, { min: number; max: number }>;
  triggers: string[];
  /** techniques practised and triggers planted as traps, at choice points that matter */
  coverage: ScenarioCoverage;
  complete: boolean;
  /** the share of knots, choices and lines the check saw */
  reach: ScenarioReach;
}

/** The checker's verdict on one scenario file. */
export interface ScenarioReport {
  file: string;
  id: string;
  ok: boolean;
  errors: Diagnostic[];
  warnings: Diagnostic[];
  stats?: ScenarioStats;
  /** what naive strategies score, and what the look of the lines gives away */
  strategies?: GamingReport;
}

/** Everything a check produced, for callers that go on to play the scenario. */
export interface ScenarioCheck {
  report: ScenarioReport;
  header?: ScenarioHeader;
  story?: InkStory;
  json?: string;
  exploration?: Exploration;
  paths?: PathSummary;
  rated?: RatedChoice[][];
  /** the naive strategies' calls, for a track's verdicts */
  gaming?: StrategyPlay;
  /** where each choice line was written */
  lines?: ChoiceLines;
  /** every choice line as written, rated, for the library's consistency check */
  moves?: RatedMove[];
}

/** What a check needs besides the file. */
export interface CheckOptions {
  rater: LineRater;
  rules: ScoringRules;
  explore?: ExploreOptions;
  /** play-throughs after an exploration that ran out of budget */
  plays?: Partial<PlayOptions>;
  /** How to read the files the scenario INCLUDEs (relative to it); without it, INCLUDE is an error. */
  include?: IncludeReader;
  /** Told what reading and compiling found, before the exploration starts (the studio shows it at once). */
  onSourceChecked?: (found: { errors: Diagnostic[]; warnings: Diagnostic[] }) => void;
  /** Play the naive strategies (default true). They only ever warn, so a build, which fails on errors alone, skips them. */
  strategies?: boolean;
}

/** The scenario id a file gets when its header has no `# id:`. */
export function idFromFile(file: string): string {
  return (file.split(/[\\/]/).pop() ?? file).replace(/\.ink$/i, '');
}

function checkTags(scan: SourceScan, list: DiagnosticSink): void {
  for (const tag of scan.tags) {
    const reading = readTag(tag.raw, tag.place);
    if (!reading.ok) list.add(tag.line, 'bad_tag', reading.message);
  }
  for (const problem of scan.problems) list.add(problem.line, problem.code, problem.message);
}

/** How much of the story the checker saw, and whether it saw every state. */
export type ScenarioReach = Reach & { exhaustive: boolean; playThroughs: number };

const percent = ({ seen, total }: { seen: number; total: number }) => `${total === 0 ? 100 : Math.floor((100 * seen) / total)} %`;

/** Words for how much a check saw: "knots 80 % (8/10), choices …, lines …". */
export function describeReach(reach: Reach): string {
  const part = (name: string, share: { seen: number; total: number }) => `${name} ${percent(share)} (${share.seen}/${share.total})`;
  return `${part('knots', reach.knots)}, ${part('choices', reach.choices)}, ${part('lines', reach.lines)}`;
}

/** A choice point shows one hint before it (the Follow step): options that carry different `#hint:` tags contradict each other. */
function checkHints(options: readonly ChoiceOption[], scan: SourceScan, list: DiagnosticList): void {
  const hinted = options.filter((option) => option.meta.hint !== undefined);
  const first = hinted[0];
  const other = hinted.find((option) => option.meta.hint !== first?.meta.hint);
  if (!first || !other) return;
  const line = new ChoiceLines(scan.choices).lineOf(other.text);
  list.add(line, 'conflicting_hint', `this choice point has two different #hint: tags ("${first.meta.hint}" and "${other.meta.hint}"): the Follow step shows one hint per choice point, so keep one`);
}

function checkExploration(
  exploration: Exploration,
  scan: SourceScan,
  list: DiagnosticList,
  story: InkStory,
  options: CheckOptions,
): ScenarioReach {
  for (const node of exploration.nodes) {
    if (node.kind === 'dead_end') list.add(node.problem?.line, 'dead_end', 'content runs out here: end every path with -> END (and an #outcome)');
    if (node.kind === 'loop') list.add(node.problem?.line, 'endless_loop', node.problem?.message ?? 'endless loop');
    if (node.kind === 'error') list.add(node.problem?.line, 'runtime_error', node.problem?.message ?? 'runtime error');
    if (node.kind === 'ending' && node.outcome === undefined) {
      list.add(node.stop?.line, 'no_outcome', `a path reaches this ending without an #outcome: tag (${OUTCOMES.join(', ')})`);
    }
    checkHints(node.options, scan, list);
  }
  const { min, max } = exploration.mood;
  if (min < -5 || max > 5) list.add(scan.moodLine, 'mood_out_of_range', `mood can reach ${min < -5 ? min : max}, outside -5 … 5`);
  const lines = guardStory(story, true).lines;
  if (exploration.complete) {
    for (const flow of scan.flows) {
      if (!exploration.visited.has(flow.path)) list.add(flow.line, 'unreachable', `${flow.kind} "${flow.path}" can never be reached`);
    }
    return { ...measureReach(story, scan.flows, exploration.visited, lines), exhaustive: true, playThroughs: 0 };
  }
  // Never blind: past the explorer's budget, seeded play-throughs reach deep endings, dead ends and errors.
  const plays = playThroughs(story, options.explore?.seed ?? 0, options.plays);
  for (const problem of plays.problems) {
    if (problem.kind === 'dead_end') list.add(problem.line, 'dead_end', 'content runs out here: end every path with -> END (and an #outcome)');
    if (problem.kind === 'loop') list.add(problem.line, 'endless_loop', problem.message);
    if (problem.kind === 'error') list.add(problem.line, 'runtime_error', problem.message);
  }
  const reach = measureReach(story, scan.flows, exploration.visited, lines);
  list.add(
    1,
    'incomplete',
    `not exhaustive: exploration ${exploration.stoppedBecause ?? 'stopped early'}, then ${plays.walks} seeded play-throughs (${plays.endings} reached an ending); ` +
      `together they saw ${describeReach(reach)}: results cover only what was seen`,
  );
  return { ...reach, exhaustive: false, playThroughs: plays.walks };
}

function statsOf(
  scan: SourceScan,
  exploration: Exploration,
  paths: PathSummary,
  rated: RatedChoice[][],
  techniques: readonly Technique[],
  reach: ScenarioReach,
): ScenarioStats {
  const endings = new Set<string>();
  const outcomes = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
  const counted = new Set<string>();
  const pointKinds = new Set<string>();
  const triggers = new Set<string>();
  for (const node of exploration.nodes) {
    if (node.kind === 'choice') pointKinds.add(node.options.map((o) => o.text).join('\n'));
    if (node.kind !== 'ending' || !node.stop) continue;
    endings.add(node.stop.path);
    if (node.outcome && !counted.has(`${node.stop.path} ${node.outcome}`)) {
      counted.add(`${node.stop.path} ${node.outcome}`);
      outcomes[node.outcome]++;
    }
  }
  for (const options of rated) for (const option of options) for (const id of option.triggers) triggers.add(id);
  return {
    knots: scan.flows.filter((f) => f.kind === 'knot').length,
    choicePoints: pointKinds.size,
    longestPath: paths.longest,
    choices: scan.choices.length,
    states: exploration.nodes.length,
    endings: endings.size,
    outcomes,
    rubrics: paths.rubrics,
    triggers: [...triggers].sort(),
    coverage: scenarioCoverage(exploration, rated, techniques),
    complete: exploration.complete && paths.complete,
    reach,
  };
}

/** Compile, validate and explore one scenario, reporting errors and warnings by line. */
export function checkScenario(file: string, source: string, options: CheckOptions): ScenarioCheck {
  const list = new DiagnosticList();
  const scan = scanSource(source);
  const finish = (check: Omit<ScenarioCheck, 'report'>, id: string, stats?: ScenarioStats, strategies?: GamingReport): ScenarioCheck => {
    const errors = list.of('error');
    const report: ScenarioReport = { file, id, ok: errors.length === 0, errors, warnings: list.of('warning') };
    if (stats) report.stats = stats;
    if (strategies) report.strategies = strategies;
    // Assigned, not spread: a spread would read `json`, which is written only when a caller reads it.
    return Object.assign(check, { report });
  };
  checkTags(scan, list);
  const compiled = compileInk(source, { file, ...(options.include ? { include: options.include } : {}) });
  for (const source of compiled.included) checkTags(scanSource(source.text), includedFileSink(list, source.name, source.line));
  for (const warning of compiled.warnings) list.add(warning.line, 'compile_warning', warning.message);
  if (!compiled.ok) {
    for (const error of compiled.errors) list.add(error.line, 'compile_error', error.message);
    return finish({}, idFromFile(file));
  }
  const { story } = compiled;
  const headerLine = scan.tags.find((t) => t.place === 'header')?.line ?? 1;
  const header = readHeader(story.globalTags ?? [], idFromFile(file));
  if (!header.ok) {
    for (const problem of header.problems) if (problem.kind === 'missing') list.add(headerLine, 'missing_header', problem.message);
  }
  if (scan.moodLine === undefined) list.add(1, 'missing_mood', 'VAR mood = 0 is required: the customer\'s mood from -5 (furious) to 5 (delighted)');
  const positive = new Set<RatedRubric>();
  const moves = checkChoices(file, scan, options, list, positive);
  // Included files' choices are checked and count towards the rubrics, each problem filed at its INCLUDE line.
  for (const source of compiled.included) checkChoices(file, scanSource(source.text), options, includedFileSink(list, source.name, source.line), positive);
  for (const rubric of RATED_RUBRICS) {
    if (!positive.has(rubric)) list.add(1, 'no_positive_choice', `no choice in this scenario earns + on ${rubric}`);
  }
  options.onSourceChecked?.({ errors: list.of('error'), warnings: list.of('warning') });
  const exploration = explore(story, options.explore);
  const reach = checkExploration(exploration, scan, list, story, options);
  let rated: RatedChoice[][] = [];
  let paths: PathSummary | undefined;
  try {
    rated = rateNodes(exploration, options.rater);
    paths = summarizePaths(exploration, rated, options.rules);
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
  }
  const id = header.ok ? header.header.id : idFromFile(file);
  const lines = new ChoiceLines(scan.choices);
  const base: Omit<ScenarioCheck, 'report'> = {
    story,
    get json() {
      return compiled.json;
    },
    exploration,
    rated,
    moves,
    lines,
    ...(header.ok ? { header: header.header } : {}),
  };
  if (!paths) return finish(base, id);
  if (!paths.complete) list.add(1, 'incomplete', 'path enumeration stopped at its budget: best and worst paths cover only the paths seen');
  const stats = statsOf(scan, exploration, paths, rated, options.rules.techniques ?? [], reach);
  if (!paths.best || list.of('error').length > 0 || options.strategies === false) return finish(Object.assign(base, { paths }), id, stats);
  const gaming = checkGaming(
    {
      file,
      exploration,
      rated,
      rules: options.rules,
      bestOverall: paths.best.scores.overall,
      cueWords: cueWordCounter(options.rater),
      lines,
    },
    list,
  );
  return finish(Object.assign(base, { paths, gaming: gaming.play }), id, stats, gaming.report);
}
