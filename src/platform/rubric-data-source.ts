import rubricText from '../../stories/rubric-data.json?raw';
import { createAnalyzer, type Analyzer } from '../engine/analyzer/index.ts';
import { matcherLabels } from '../engine/matcher/match-reply.ts';
import { contentHash } from '../engine/hash.ts';
import { parseRubricData, type RubricData } from '../engine/schema/rubric-data.ts';
import type { ScoringRules } from '../engine/scoring/call-score.ts';
import { rulesFromData } from '../engine/scoring/rules-from-data.ts';

/** The shipped rubric data, checked, with its analyzer, scoring rules and content hash. */
export interface Rubrics {
  readonly data: RubricData;
  readonly hash: string;
  readonly analyzer: Analyzer;
  readonly rules: ScoringRules;
  /** cue and trigger names the matcher words its reasons with */
  readonly labels: ReadonlyMap<string, string>;
}

/** A value made on first use and kept. */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

/**
 * The rubric data bundled at build time (the same file the CLI scores with). Only the hash is
 * made at once: checking the data and compiling its phrases is the longest part of a call's
 * kit, and nothing needs it until the trainee picks a line, so it happens on first use (the
 * call's kit reads each part while the page is idle).
 */
export function loadRubrics(): Rubrics {
  const data = once(() => parseRubricData(rubricText, 'stories/rubric-data.json'));
  const analyzer = once(() => createAnalyzer(data()));
  const rules = once(() => rulesFromData(data()));
  const labels = once(() => matcherLabels(data()));
  return {
    hash: contentHash(rubricText),
    get data() {
      return data();
    },
    get analyzer() {
      return analyzer();
    },
    get rules() {
      return rules();
    },
    get labels() {
      return labels();
    },
  };
}
