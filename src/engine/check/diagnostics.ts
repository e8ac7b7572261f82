/** Every error and warning the checker can report. */
export const DIAGNOSTIC_CODES = {
  compile_error: 'error',
  bad_data: 'error',
  missing_header: 'error',
  missing_mood: 'error',
  bad_tag: 'error',
  text_before_bracket: 'error',
  unknown_trigger: 'error',
  unknown_technique: 'error',
  unknown_scenario: 'error',
  unattainable_marks: 'error',
  no_outcome: 'error',
  dead_end: 'error',
  unreachable: 'error',
  endless_loop: 'error',
  runtime_error: 'error',
  line_too_long: 'error',
  unreadable: 'error',
  bad_text: 'error',
  compile_warning: 'warning',
  missing_better: 'warning',
  analyzer_disagrees: 'warning',
  no_positive_choice: 'warning',
  mood_out_of_range: 'warning',
  cut_short_comment: 'warning',
  incomplete: 'warning',
  gameable: 'warning',
  best_is_longest: 'warning',
  incoherent_outcome: 'warning',
  inconsistent_rating: 'warning',
  names_a_seed: 'warning',
  conflicting_hint: 'warning',
} as const;
export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** One error or warning, located at a 1-based source line. */
export interface Diagnostic {
  line: number;
  code: DiagnosticCode;
  message: string;
}

/** One diagnostic as `frontline check` prints it: `FILE:LINE: error [CODE] MESSAGE`. */
export function diagnosticLine(file: string, diagnostic: Diagnostic): string {
  return `${file}:${diagnostic.line}: ${DIAGNOSTIC_CODES[diagnostic.code]} [${diagnostic.code}] ${diagnostic.message}`;
}

/** Collects diagnostics, each once, sorted by line when read. */
export class DiagnosticList {
  private readonly seen = new Set<string>();
  private readonly items: Diagnostic[] = [];

  /** Add a diagnostic (a repeat of the same line, code and message is dropped). */
  add(line: number | undefined, code: DiagnosticCode, message: string): void {
    const diagnostic = { line: line ?? 1, code, message };
    const key = JSON.stringify(diagnostic);
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.items.push(diagnostic);
  }

  /** Diagnostics of one severity, in line order. */
  of(severity: 'error' | 'warning'): Diagnostic[] {
    return this.items.filter((d) => DIAGNOSTIC_CODES[d.code] === severity).sort((a, b) => a.line - b.line);
  }
}

/** Where diagnostics go: the list itself, or the part of it that stands for an included file. */
export type DiagnosticSink = Pick<DiagnosticList, 'add'>;

/**
 * Diagnostics about a file brought in by INCLUDE: filed at the INCLUDE line of the scenario
 * (the file a trainer checked), naming the included file and its own line.
 */
export function includedFileSink(list: DiagnosticList, name: string, includeLine: number | undefined): DiagnosticSink {
  return { add: (line, code, message) => list.add(includeLine, code, `in ${name} line ${line ?? 1}: ${message}`) };
}
