import type { Analysis } from '../engine/analyzer/index.ts';
import type { Trigger } from '../engine/schema/rubric-data.ts';
import { RATED_RUBRICS, type Ratings } from '../engine/schema/rubric-ids.ts';
import { lineEvidence } from '../engine/scoring/line-evidence.ts';
import type { TypedReply } from '../engine/scoring/call-report.ts';
import type { Coaching } from '../engine/scoring/coaching.ts';
import { readableSources } from '../engine/scoring/readable-sources.ts';
import type { RatedChoice } from '../engine/scoring/rate-choice.ts';
import { h, signed } from './dom.ts';
import { RUBRIC_LABELS } from './labels.ts';

/** What the UI shows about a trigger id, from the rubric data. */
export type TriggerInfo = Pick<Trigger, 'id' | 'family' | 'explanation' | 'better'>;

/** Everything known about one line the trainee said. */
export interface LineFacts {
  rated: Pick<RatedChoice, 'ratings' | 'sources' | 'triggers' | 'feedback' | 'better'>;
  analysis: Analysis;
  triggers: ReadonlyMap<string, TriggerInfo>;
  coaching: Coaching;
  /** present when the trainee typed the line: the line it was taken as, and why */
  typed?: TypedReply;
}

/** Rubric chips: +1 Empathy, −1 Ownership; `all` shows zeros too. */
export function ratingChips(facts: LineFacts, all: boolean): HTMLElement {
  return ratingList(facts.rated.ratings, all);
}

/** Chips of a line's ratings, wherever they come from (a call being played, or a stored record). */
export function ratingList(ratings: Ratings, all: boolean): HTMLElement {
  const chips = RATED_RUBRICS.filter((r) => all || ratings[r] !== 0).map((r) => {
    const value = ratings[r];
    return h('li', { class: `chip ${value > 0 ? 'plus' : value < 0 ? 'minus' : 'zero'}`, attrs: { 'data-rubric': r, 'data-rating': value } }, `${signed(value)} ${RUBRIC_LABELS[r]}`);
  });
  if (chips.length === 0) chips.push(h('li', { class: 'chip zero' }, 'Neutral on all three rubrics'));
  return h('ul', { class: 'chips', attrs: { 'aria-label': 'Ratings' } }, ...chips);
}

/** The triggers caught, each with the words that set it off and why it hurts. */
export function triggerNotes(facts: LineFacts): HTMLElement | undefined {
  if (facts.rated.triggers.length === 0) return undefined;
  return h(
    'ul',
    { class: 'trigger-notes' },
    ...facts.rated.triggers.map((id) => {
      const info = facts.triggers.get(id);
      const words = facts.analysis.triggers.find((hit) => hit.id === id)?.match;
      return h(
        'li',
        { attrs: { 'data-trigger': id } },
        h('strong', {}, `Trigger: ${info?.family ?? id}`),
        words ? h('span', {}, ' — you said “', h('mark', {}, words), '”') : null,
        info ? h('span', { class: 'explanation' }, ` ${readableSources(info.explanation)}`) : null,
      );
    }),
  );
}

/** "a", "a and b", "a, b and c". */
function both(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Who rated the line, and the words that earned or cost points as the analyzer found them, never any that contradict a rating shown. */
export function evidenceNotes(facts: LineFacts): HTMLElement[] {
  const { shown, authorRated } = lineEvidence(facts.rated, facts.analysis);
  const out: HTMLElement[] = [];
  if (authorRated.length > 0) {
    const rubrics = both(authorRated.map((rubric) => RUBRIC_LABELS[rubric]));
    out.push(h('p', { class: 'author-rated', attrs: { 'data-author-rated': authorRated.join(' ') } }, `Rated by the scenario’s author: ${rubrics}.`));
  }
  if (shown.length > 0) {
    out.push(
      h(
        'p',
        { class: 'evidence' },
        authorRated.length > 0 ? 'Words the analyzer noticed that agree: ' : 'Words the analyzer noticed: ',
        ...shown.flatMap((e, i) => [i > 0 ? ', ' : '', h('mark', { class: e.polarity > 0 ? 'plus' : 'minus' }, e.match), ` (${signed(e.polarity)} ${RUBRIC_LABELS[e.kind]})`]),
      ),
    );
  }
  return out;
}

/** The coach's verdict, the author's reason, and a better line only when the line said was not the best on offer and the better one differs from it. */
export function adviceNotes(facts: LineFacts): HTMLElement[] {
  const { coaching } = facts;
  const out: HTMLElement[] = [h('p', { class: `verdict ${coaching.best ? 'verdict-best' : 'verdict-other'}`, attrs: { 'data-best': String(coaching.best) } }, coaching.verdict)];
  if (coaching.reason) out.push(h('p', { class: 'feedback' }, coaching.reason));
  if (coaching.better) out.push(h('p', { class: 'better' }, h('strong', {}, 'Better: '), `“${coaching.better}”`));
  return out;
}

/** Index the rubric data's triggers by id. */
export function triggerIndex(triggers: readonly TriggerInfo[]): Map<string, TriggerInfo> {
  return new Map(triggers.map((t) => [t.id, t]));
}

/** For a typed reply: the line it was taken as (the customer answered that line), and why. */
export function takenAsNote(facts: LineFacts): HTMLElement | undefined {
  const typed = facts.typed;
  if (!typed) return undefined;
  return h(
    'div',
    { class: 'taken-as', attrs: { 'data-taken-as': typed.takenAs, 'data-similarity': typed.similarity } },
    h('p', {}, h('strong', {}, 'Taken as: '), `“${typed.line}”`, h('span', { class: 'similarity' }, ` (similarity ${Math.round(typed.similarity * 100)} %)`)),
    h('p', { class: 'taken-reason' }, typed.reason),
  );
}
