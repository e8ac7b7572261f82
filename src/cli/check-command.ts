import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkScenario, type ScenarioReport } from '../engine/check/check-scenario.ts';
import { InputError } from '../engine/errors.ts';
import { parseRubricData } from '../engine/schema/rubric-data.ts';
import { UsageError } from './cli-error.ts';
import { formatReport } from './format-report.ts';
import { progressPrinter } from './progress.ts';
import { loadRubrics, readText, rubricFileFor, RUBRIC_DATA_FILE } from './rubric-source.ts';

/** A file's entry in the check report; data files have no stats. */
type FileReport = ScenarioReport;

function expand(paths: string[]): { scenarios: string[]; dataFiles: string[]; folder: string | undefined } {
  const scenarios: string[] = [];
  const dataFiles: string[] = [];
  let folder: string | undefined;
  for (const path of paths) {
    if (!existsSync(path)) throw new UsageError(`${path}: cannot read: no such file or folder`);
    if (statSync(path).isDirectory()) {
      folder ??= path;
      const names = readdirSync(path).sort();
      scenarios.push(...names.filter((n) => n.endsWith('.ink')).map((n) => join(path, n)));
      dataFiles.push(...names.filter((n) => n === RUBRIC_DATA_FILE).map((n) => join(path, n)));
    } else {
      folder ??= dirname(path);
      (basename(path) === RUBRIC_DATA_FILE ? dataFiles : scenarios).push(path);
    }
  }
  return { scenarios, dataFiles, folder };
}

function checkDataFile(file: string): FileReport {
  const report: FileReport = { file, id: basename(file, '.json'), ok: true, errors: [], warnings: [] };
  try {
    parseRubricData(readText(file), file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    report.ok = false;
    report.errors.push({ line: error.line ?? 1, code: 'bad_data', message: error.detail });
  }
  return report;
}

/** `frontline check [PATH…] [--json] [--strict]`: returns the exit code. */
export function runCheck(argv: string[], out: (text: string) => void, err: (text: string) => void): number {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { json: { type: 'boolean' }, strict: { type: 'boolean' }, rubrics: { type: 'string' } },
    allowPositionals: true,
  });
  const { scenarios, dataFiles, folder } = expand(positionals.length > 0 ? positionals : ['stories']);
  if (scenarios.length === 0 && dataFiles.length === 0) throw new UsageError(`no .ink files found in ${positionals.join(' ') || 'stories'}`);
  const reports: FileReport[] = dataFiles.map(checkDataFile);
  if (reports.some((r) => !r.ok)) {
    emit(reports, values.json === true, out);
    return 1;
  }
  const rubrics = loadRubrics(values.rubrics ?? rubricFileFor(folder, existsSync));
  for (const file of scenarios) {
    const source = readText(file);
    const { report } = checkScenario(file, source, {
      rater: rubrics.analyzer,
      rules: rubrics.rules,
      explore: { onProgress: progressPrinter(file, err) },
    });
    reports.push(report);
  }
  emit(reports, values.json === true, out);
  const failed = reports.some((r) => r.errors.length > 0 || (values.strict === true && r.warnings.length > 0));
  return failed ? 1 : 0;
}

function emit(reports: FileReport[], json: boolean, out: (text: string) => void): void {
  if (json) {
    out(JSON.stringify({ files: reports }, null, 2));
    return;
  }
  for (const report of reports) out(formatReport(report));
  const errors = reports.reduce((n, r) => n + r.errors.length, 0);
  const warnings = reports.reduce((n, r) => n + r.warnings.length, 0);
  out(`checked ${reports.length} file${reports.length === 1 ? '' : 's'}: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`);
}
