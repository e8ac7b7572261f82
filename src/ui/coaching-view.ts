import { h } from './dom.ts';
import { adviceNotes, ratingChips, triggerNotes, type LineFacts } from './line-review.ts';

/** The practice-mode note after each choice: chips, the trigger caught and the better line (or praise). */
export class CoachingView {
  readonly element = h('aside', { class: 'coaching', attrs: { 'aria-live': 'polite', 'aria-label': 'Coaching', hidden: true } });

  /** Show the note for the line just said. */
  show(facts: LineFacts): void {
    // Keep it short: the better line when there is one, else the author's feedback.
    const advice = adviceNotes(facts).filter((note) => !facts.rated.better || note.classList.contains('better'));
    this.element.replaceChildren(h('h2', {}, 'Coach'), ratingChips(facts, false), triggerNotes(facts) ?? '', ...advice);
    this.element.hidden = false;
  }

  /** Hide the note. */
  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
}
