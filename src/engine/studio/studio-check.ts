import { checkScenario, type CheckOptions, type ScenarioReport } from '../check/check-scenario.ts';
import { DIAGNOSTIC_CODES, diagnosticLine, type Diagnostic, type DiagnosticCode } from '../check/diagnostics.ts';
import { formatReport } from '../check/format-report.ts';
import { findRatingConflicts } from '../check/rating-consistency.ts';
import { scanSource, type SourceChoice, type SourceFlow } from '../check/source-scan.ts';
import type { Exploration, ExploreProgress } from '../explore/explorer.ts';
import type { PathSummary } from '../explore/paths.ts';
import type { ScenarioHeader } from '../schema/tags.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';

/** What the studio page asks its check worker: check this text as the file it names. */
export interface StudioCheckRequest {
  kind: 'check';
  /** numbers the requests; a reply for an older run is stale and dropped */
  run: number;
  /** the file name the CLI would print, such as `stories/missing-order.ink` */
  file: string;
  source: string;
}

/** What the check worker sends back: progress of a long exploration, then the result or why there is none. */
export type StudioCheckReply =
  | { kind: 'progress'; run: number; progress: ExploreProgress }
  /** what reading and compiling the text found, sent before the exploration starts */
  | { kind: 'source'; run: number; diagnostics: StudioDiagnostic[]; elapsedMs: number }
  | { kind: 'done'; run: number; result: StudioCheckResult }
  | { kind: 'failed'; run: number; message: string };

/** One error or warning, with the line `frontline check` prints for it. */
export interface StudioDiagnostic {
  line: number;
  severity: 'error' | 'warning';
  code: DiagnosticCode;
  message: string;
  /** `FILE:LINE: error [CODE] MESSAGE`, exactly as the CLI prints it */
  printed: string;
}

/**
 * Everything one check of the studio's text found: the CLI's report and, when the text compiled,
 * what the branch map, the preview and the numbers are drawn from. Sent from the worker to the
 * page by structured clone, so it holds data only.
 */
export interface StudioCheckResult {
  run: number;
  file: string;
  /** the text that was checked */
  source: string;
  /** the report `frontline check FILE --json` gives for this file */
  report: ScenarioReport;
  /** errors, then warnings, each in line order */
  diagnostics: StudioDiagnostic[];
  /** the report as `frontline check FILE` prints it */
  printed: string;
  /** knots, stitches and functions as written: where each starts */
  flows: SourceFlow[];
  /** choices as written: their lines, texts and tags */
  choices: SourceChoice[];
  /** the compiled story (absent when it did not compile), ready for inkjs's Story */
  json?: string;
  header?: ScenarioHeader;
  /** every state the explorer reached, with the edges between them */
  exploration?: Exploration;
  /** the ratings of each node's options, by node id and option index */
  rated?: RatedChoice[][];
  /** best and worst complete paths, and rubric ranges */
  paths?: PathSummary;
  /** how long the check took, in milliseconds */
  elapsedMs: number;
}

/** What a studio check rates with: the analyzer and scoring rules of the rubric data. */
export type StudioRubrics = Pick<CheckOptions, 'rater' | 'rules'>;

/** What a studio check may be told besides the text. */
export interface StudioCheckOptions {
  onProgress?: (progress: ExploreProgress) => void;
  /** told what reading and compiling found (tags, ratings, compile errors), before the exploration */
  onSourceChecked?: (diagnostics: StudioDiagnostic[], elapsedMs: number) => void;
  now?: () => number;
}

/** Errors then warnings, each with the line the CLI prints. */
function studioDiagnostics(file: string, errors: readonly Diagnostic[], warnings: readonly Diagnostic[]): StudioDiagnostic[] {
  return [...errors, ...warnings].map((d) => ({ ...d, severity: DIAGNOSTIC_CODES[d.code], printed: diagnosticLine(file, d) }));
}

/**
 * Check one scenario's text exactly as `frontline check FILE` does (compile, tags, exploration,
 * naive strategies, coverage, and the rating consistency of its own moves) without reading any file.
 */
export function studioCheck(request: StudioCheckRequest, rubrics: StudioRubrics, options: StudioCheckOptions = {}): StudioCheckResult {
  const now = options.now ?? (() => performance.now());
  const started = now();
  const check = checkScenario(request.file, request.source, {
    rater: rubrics.rater,
    rules: rubrics.rules,
    explore: options.onProgress ? { onProgress: options.onProgress } : {},
    ...(options.onSourceChecked ? { onSourceChecked: (found) => options.onSourceChecked!(studioDiagnostics(request.file, found.errors, found.warnings), now() - started) } : {}),
  });
  const report = check.report;
  for (const conflict of findRatingConflicts(check.moves ?? [])) {
    report.warnings.push({ line: conflict.line, code: 'inconsistent_rating', message: conflict.message });
  }
  report.warnings.sort((a, b) => a.line - b.line);
  const diagnostics = studioDiagnostics(request.file, report.errors, report.warnings);
  const scan = scanSource(request.source);
  const result: StudioCheckResult = {
    run: request.run,
    file: request.file,
    source: request.source,
    report,
    diagnostics,
    printed: formatReport(report),
    flows: scan.flows,
    choices: scan.choices,
    elapsedMs: 0,
  };
  if (check.json !== undefined) result.json = check.json;
  if (check.header) result.header = check.header;
  if (check.exploration) result.exploration = check.exploration;
  if (check.rated) result.rated = check.rated;
  if (check.paths) result.paths = check.paths;
  result.elapsedMs = now() - started;
  return result;
}
