import type { Analysis, Analyzer } from '../analyzer/types.ts';
import { RATED_RUBRICS } from '../schema/rubric-ids.ts';
import type { RubricData } from '../schema/rubric-data.ts';
import type { ChoiceOption } from '../schema/session.ts';
import { rateChoice, type RatedChoice } from '../scoring/rate-choice.ts';
import { contentWords, type ContentWord } from './content-words.ts';

/** How much each side of the likeness counts: what the reply says, and what it does. */
const CONTENT_WEIGHT = 0.6;
const ACTION_WEIGHT = 0.4;
/** Below this overall likeness to every line on offer, the reply is refused. */
export const MIN_SIMILARITY = 0.3;
/** A reply must share some words with the line it is taken as: doing the same kind of thing about something else is not the same line. */
export const MIN_CONTENT = 0.1;
/** A word the reply adds that no line on offer has weighs this much against the likeness (padding weighs less than missing content). */
const EXTRA_WORD_WEIGHT = 0.5;
/**
 * Content likeness is the F-measure of the shared words with β = ½ (the usual F0.5): what the
 * reply says must be found in the line more than the line's every word in the reply, because a
 * paraphrase condenses ("Try a rental place" for a two-clause line about cancelling and renting).
 */
const BETA = 0.5;

/** What the matcher needs: the analyzer (for what the reply does) and the rubric data's names for cues and triggers (for the reason). */
export interface MatcherContext {
  analyzer: Analyzer;
  /** cue id → what the cue shows ("apologizes for the impact"); trigger id → its family ("telling the customer how to feel") */
  labels: ReadonlyMap<string, string>;
}

/** The names a reason uses, from the rubric data. */
export function matcherLabels(data: RubricData): Map<string, string> {
  const labels = new Map<string, string>();
  for (const cue of Object.values(data.cues).flat()) labels.set(cue.id, cue.label);
  for (const trigger of data.triggers) labels.set(trigger.id, trigger.family);
  return labels;
}

/** How close a reply is to one line on offer. */
export interface OptionLikeness {
  /** 0-based authored index of the line */
  option: number;
  /** overall likeness, 0 … 1 */
  similarity: number;
  /** weighted share of content words in common, 0 … 1 */
  content: number;
  /** share of acts in common (rubric directions and triggers), 0 … 1 */
  action: number;
}

/** The line a reply was taken as, or why it was refused; `likeness` lists every line on offer in authored order. */
export type ReplyMatch =
  | { kind: 'taken'; option: number; similarity: number; reason: string; analysis: Analysis; likeness: OptionLikeness[] }
  | { kind: 'refused'; nearest: number; similarity: number; reason: string; analysis: Analysis; likeness: OptionLikeness[] };

/** What a line does, as a set: each rubric it raises or lowers, each trigger, and whether it has any trigger at all. */
function acts(ratings: RatedChoice['ratings'], triggers: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const rubric of RATED_RUBRICS) {
    if (ratings[rubric] > 0) out.add(`${rubric}+`);
    if (ratings[rubric] < 0) out.add(`${rubric}-`);
  }
  for (const id of triggers) out.add(`trigger:${id}`);
  if (triggers.length > 0) out.add('trigger');
  return out;
}

/** Shared acts over all acts (Jaccard). Two lines that do nothing share no evidence, so score 0, not 1. */
function actionLikeness(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const union = new Set([...a, ...b]);
  if (union.size === 0) return 0;
  return [...a].filter((x) => b.has(x)).length / union.size;
}

/**
 * Weighted overlap of content words (F0.5 of the reply's words found in the line and the line's
 * words found in the reply): a word that only one line on offer has tells the lines apart and
 * weighs more (1 + ln(lines / lines with it)) than a word they all share (1).
 */
function contentLikeness(reply: readonly ContentWord[], option: readonly ContentWord[], weight: (term: string) => number): { score: number; shared: ContentWord[] } {
  const optionTerms = new Set(option.map((w) => w.term));
  const shared = reply.filter((w) => optionTerms.has(w.term));
  const replyWeight = reply.reduce((sum, w) => sum + (optionTerms.has(w.term) ? weight(w.term) : Math.min(weight(w.term), EXTRA_WORD_WEIGHT)), 0);
  const optionWeight = option.reduce((sum, w) => sum + weight(w.term), 0);
  const sharedWeight = shared.reduce((sum, w) => sum + weight(w.term), 0);
  if (sharedWeight === 0) return { score: 0, shared };
  const precision = sharedWeight / replyWeight;
  const recall = sharedWeight / optionWeight;
  const b2 = BETA * BETA;
  return { score: ((1 + b2) * precision * recall) / (b2 * precision + recall), shared };
}

/** "a", "a and b", "a, b and c". */
function list(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Why the reply was taken as this line, in plain words: the acts they share (cue labels, trigger families) and the words they share. */
function takenReason(analysis: Analysis, option: RatedChoice, shared: readonly ContentWord[], labels: ReadonlyMap<string, string>): string {
  const optionActs = acts(option.ratings, option.triggers);
  const doing: string[] = [];
  for (const e of analysis.evidence) {
    if (e.kind === 'trigger') {
      if (option.triggers.includes(e.id)) doing.push(`falls into the same trap (${labels.get(e.id) ?? e.id})`);
    } else if (e.polarity > 0 && optionActs.has(`${e.kind}+`)) doing.push(labels.get(e.id) ?? e.id);
  }
  const unique = [...new Set(doing)];
  const words = shared.slice(0, 4).map((w) => `“${w.word}”`);
  const says = words.length > 0 ? `says ${list(words)}` : '';
  if (unique.length === 0) return `Like this line, your reply ${says}.`;
  return `Like this line, your reply ${list(unique)}${says ? `, and it ${says}` : ''}.`;
}

/** Why no line was close enough, and what to do. */
function refusedReason(best: OptionLikeness): string {
  const why =
    best.content < MIN_CONTENT
      ? 'it does not talk about what any of them talks about'
      : 'it says and does too little of what any one of them says and does';
  return `Your reply is not close enough to any line on offer: ${why}. Rephrase it, or pick a line.`;
}

/**
 * Take a typed reply as the closest line on offer, or refuse it. Closest in what it does (the
 * analyzer's rubric directions and triggers for the reply, against each line's ratings and triggers,
 * author tags first) and in what it says (weighted overlap of stemmed content words, synonyms
 * folded). Deterministic: ties go to the first line in authored order.
 */
export function matchReply(reply: string, offered: readonly ChoiceOption[], context: MatcherContext): ReplyMatch {
  if (offered.length === 0) throw new RangeError('no line is on offer to take a reply as');
  const analysis = context.analyzer.analyze(reply);
  const replyActs = acts(analysis.ratings, analysis.triggers.map((t) => t.id));
  const replyWords = contentWords(reply);
  const rated = offered.map((option) => rateChoice(option, context.analyzer));
  const readings = offered.map((option) => context.analyzer.analyze(option.text));
  const optionWords = offered.map((option) => contentWords(option.text));
  const df = new Map<string, number>();
  for (const words of optionWords) for (const w of words) df.set(w.term, (df.get(w.term) ?? 0) + 1);
  const weight = (term: string) => 1 + Math.log(offered.length / (df.get(term) ?? offered.length));
  const shares: ContentWord[][] = [];
  const likeness = rated.map((option, i): OptionLikeness => {
    const content = contentLikeness(replyWords, optionWords[i]!, weight);
    shares.push(content.shared);
    // The author's ratings and the analyzer's reading of the line's own words: the analyzer reads the reply, so its reading of the line is the like-for-like one.
    const read = readings[i]!;
    const action = Math.max(actionLikeness(replyActs, acts(option.ratings, option.triggers)), actionLikeness(replyActs, acts(read.ratings, read.triggers.map((t) => t.id))));
    // When neither the reply nor the line does anything the rubrics see, what they do is no evidence either way: content alone decides.
    const neutral = replyActs.size === 0 && acts(option.ratings, option.triggers).size === 0 && acts(read.ratings, read.triggers.map((t) => t.id)).size === 0;
    return { option: i, similarity: neutral ? content.score : CONTENT_WEIGHT * content.score + ACTION_WEIGHT * action, content: content.score, action };
  });
  // Only a line the reply shares some words with can be the line it is taken as.
  const candidates = likeness.filter((l) => l.content >= MIN_CONTENT);
  const closest = (list: readonly OptionLikeness[]) => list.reduce((a, b) => (b.similarity > a.similarity ? b : a));
  const best = closest(candidates.length > 0 ? candidates : likeness);
  const rounded = Math.round(best.similarity * 100) / 100;
  if (best.similarity < MIN_SIMILARITY || best.content < MIN_CONTENT) {
    return { kind: 'refused', nearest: best.option, similarity: rounded, reason: refusedReason(best), analysis, likeness };
  }
  const reason = takenReason(analysis, rated[best.option]!, shares[best.option]!, context.labels);
  return { kind: 'taken', option: best.option, similarity: rounded, reason, analysis, likeness };
}
