import type { Ratings } from '../schema/rubric-ids.ts';

/** A trigger found in a line: its id and the first span of text that matched it. */
export interface TriggerHit {
  id: string;
  match: string;
  start: number;
  end: number;
}

/** One reason a rating moved: a cue (+1) or a trigger (−1), quoting the words and where they are. */
export interface Evidence {
  kind: 'trigger' | 'empathy' | 'ownership' | 'expectations';
  id: string;
  match: string;
  polarity: 1 | -1;
  start: number;
  end: number;
}

/** The analysis of one agent line. */
export interface Analysis {
  text: string;
  triggers: TriggerHit[];
  ratings: Ratings;
  evidence: Evidence[];
}

/** A compiled analyzer for one set of rubric data. */
export interface Analyzer {
  analyze(text: string): Analysis;
}
