import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { idFromFile, type ScenarioReport } from '../engine/check/check-scenario.ts';
import { checkTrack, type TrackReport } from '../engine/check/check-track.ts';
import { libraryCoverage, type LibraryCoverage } from '../engine/check/coverage.ts';
import { findRatingConflicts } from '../engine/check/rating-consistency.ts';
import { TRACK_SUFFIX } from '../engine/schema/track.ts';
import { InputError } from '../engine/errors.ts';
import { parseRubricData } from '../engine/schema/rubric-data.ts';
import { contentHash } from '../engine/hash.ts';
import { UsageError } from './cli-error.ts';
import { formatCoverage, formatReport } from '../engine/check/format-report.ts';
import { checkScenarioFile, readOrReport, type FileCheck } from './check-file.ts';
import { checkInWorkers, startWorkers, stopWorkers, workerCount, workersAvailable } from './check-pool.ts';
import { readRubrics, rubricFileFor, rubricsFrom, RUBRIC_DATA_FILE, type RubricSource, type Rubrics } from './rubric-source.ts';

/** A file's entry in the check report; data files have no stats. */
type FileReport = ScenarioReport | TrackReport;

interface CheckTargets {
  scenarios: string[];
  dataFiles: string[];
  tracks: string[];
  folder: string | undefined;
}

function inkFilesIn(folder: string): string[] {
  return readdirSync(folder)
    .filter((n) => n.endsWith('.ink'))
    .sort()
    .map((n) => join(folder, n));
}

function expand(paths: string[]): CheckTargets {
  const targets: CheckTargets = { scenarios: [], dataFiles: [], tracks: [], folder: undefined };
  const sort = (file: string) => {
    if (basename(file) === RUBRIC_DATA_FILE) targets.dataFiles.push(file);
    else if (file.endsWith(TRACK_SUFFIX)) targets.tracks.push(file);
    else targets.scenarios.push(file);
  };
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`${path}: cannot read: no such file or folder`);
    if (statSync(path).isDirectory()) {
      targets.folder ??= path;
      targets.scenarios.push(...inkFilesIn(path));
      for (const name of readdirSync(path).sort()) if (name === RUBRIC_DATA_FILE || name.endsWith(TRACK_SUFFIX)) sort(join(path, name));
    } else {
      targets.folder ??= dirname(path);
      sort(path);
    }
  }
  return targets;
}

/** A data file checked; when it is valid rubric data, what was read, so that it is not read and validated again. */
interface DataCheck {
  report: FileReport;
  unreadable: boolean;
  source?: RubricSource;
}

function checkDataFile(file: string): DataCheck {
  const id = basename(file, '.json');
  const read = readOrReport(file, id);
  if ('report' in read) return read;
  const report: FileReport = { file, id, ok: true, errors: [], warnings: [] };
  try {
    return { report, unreadable: false, source: { file, data: parseRubricData(read.text, file), hash: contentHash(read.text) } };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.ok = false;
    report.errors.push({ line: error.line ?? 1, code: 'bad_data', message: error.detail });
  }
  return { report, unreadable: false };
}

/** What `frontline check` was asked to check, and the data files already checked. */
interface CheckPlan {
  json: boolean;
  strict: boolean;
  targets: CheckTargets;
  rubricFile: string;
  data: DataCheck[];
}

/** The plan's rubric data: as its data file check read it, else read now. */
function rubricSource(plan: CheckPlan): RubricSource {
  return plan.data.find((d) => d.source?.file === plan.rubricFile)?.source ?? readRubrics(plan.rubricFile);
}

/** What the command line names: everything of the plan but the data file checks. */
function planTargets(argv: string[]): Omit<CheckPlan, 'data'> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, rubrics: { type: 'string' } },
    allowPositionals: true,
  });
  const targets = expand(positionals.length > 0 ? positionals : ['stories']);
  const { scenarios, dataFiles, tracks, folder } = targets;
  if (scenarios.length + dataFiles.length + tracks.length === 0) {
    throw new UsageError(`no .ink or data files found in ${positionals.join(' ') || 'stories'}`);
  }
  return {
    json: values.json === true,
    strict: values.strict === true,
    targets,
    rubricFile: values.rubrics ?? rubricFileFor(folder, existsSync),
  };
}

function planCheck(argv: string[]): CheckPlan {
  return withDataChecked(planTargets(argv));
}

function withDataChecked(planned: Omit<CheckPlan, 'data'>): CheckPlan {
  return { ...planned, data: planned.targets.dataFiles.map(checkDataFile) };
}

/** `frontline check [PATH…] [--json] [--strict]` in this thread: returns the exit code. */
export function runCheck(argv: string[], out: (text: string) => void, err: (text: string) => void): number {
  return finishCheck(planCheck(argv), out, err, new Map());
}

/**
 * `frontline check` as the command runs it: the scenario files of a library are checked in
 * worker threads, one per core, when the CLI runs built; the report is the same as {@link runCheck}'s.
 */
export async function runCheckInParallel(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const planned = planTargets(argv);
  const { scenarios } = planned.targets;
  // The workers start loading before the data files are read, and are sent the rubric data after.
  const workers = startWorkers(workersAvailable() ? workerCount(scenarios.length) - 1 : 0);
  try {
    const plan = withDataChecked(planned);
    if (workers.length === 0 || !plan.data.every((d) => d.report.ok)) return finishCheck(plan, out, err, new Map());
    const source = rubricSource(plan);
    const rubrics = rubricsFrom(source);
    const jobs = scenarios.map((file) => ({ file, id: idFromFile(file) }));
    const done = await checkInWorkers(workers, jobs, source, ({ file, id }) => checkScenarioFile(file, id, rubrics, err), err);
    return finishCheck(plan, out, err, done, rubrics);
  } finally {
    await stopWorkers(workers);
  }
}

/** Check what the plan names, taking the scenario checks already made from `done`. */
function finishCheck(
  plan: CheckPlan,
  out: (text: string) => void,
  err: (text: string) => void,
  done: Map<string, FileCheck>,
  loaded?: Rubrics,
): number {
  const { scenarios, tracks } = plan.targets;
  const reports: FileReport[] = plan.data.map((d) => d.report);
  if (reports.some((r) => !r.ok)) {
    emit(reports, plan.json, out);
    return plan.data.some((d) => d.unreadable) ? 2 : 1;
  }
  let unreadable = false;
  const rubrics = loaded ?? rubricsFrom(rubricSource(plan));
  const checked = new Map<string, FileCheck['check']>();
  const checkFile = (file: string) => {
    let check = checked.get(file);
    if (!check) {
      const result = done.get(file) ?? checkScenarioFile(file, idFromFile(file), rubrics, err);
      unreadable ||= result.unreadable;
      check = result.check;
      checked.set(file, check);
    }
    return check;
  };
  for (const file of scenarios) reports.push(checkFile(file).report);
  addRatingConflicts([...checked.values()]);
  const covered = scenarios.flatMap((file) => {
    const { report } = checkFile(file);
    return report.stats ? [{ id: report.id, coverage: report.stats.coverage }] : [];
  });
  const coverage = libraryCoverage(covered, rubrics.data.techniques, rubrics.data.triggers);
  for (const file of tracks) {
    const beside = new Map(inkFilesIn(dirname(file)).map((ink) => [checkFile(ink).report.id, checkFile(ink)] as const));
    const read = readOrReport(file, basename(file));
    if ('report' in read) unreadable ||= read.unreadable;
    reports.push('report' in read ? read.report : checkTrack(file, read.text, { data: rubrics.data, rules: rubrics.rules, scenarios: beside }));
  }
  emit(reports, plan.json, out, covered.length > 0 ? coverage : undefined);
  // Every readable file is still checked and reported; an unreadable one decides the exit code.
  if (unreadable) return 2;
  const failed = reports.some((r) => r.errors.length > 0 || (plan.strict && r.warnings.length > 0));
  return failed ? 1 : 0;
}

/** The library-wide check: the same move must be rated the same way in every scenario. */
function addRatingConflicts(checks: FileCheck['check'][]): void {
  const byFile = new Map(checks.map((c) => [c.report.file, c.report] as const));
  for (const conflict of findRatingConflicts(checks.flatMap((c) => c.moves ?? []))) {
    const report = byFile.get(conflict.file)!;
    report.warnings.push({ line: conflict.line, code: 'inconsistent_rating', message: conflict.message });
    report.warnings.sort((a, b) => a.line - b.line);
  }
}

function emit(reports: FileReport[], json: boolean, out: (text: string) => void, coverage?: LibraryCoverage): void {
  if (json) {
    out(JSON.stringify(coverage ? { files: reports, coverage } : { files: reports }, null, 2));
    return;
  }
  for (const report of reports) out(formatReport(report));
  if (coverage) out(formatCoverage(coverage));
  const errors = reports.reduce((n, r) => n + r.errors.length, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings.length, 0);
  out(`checked ${reports.length} file${reports.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
}
