import { h } from './dom.ts';
import { adviceNotes, evidenceNotes, ratingChips, takenAsNote, triggerNotes, type LineFacts } from './line-review.ts';

/** The practice-mode note after each choice: chips, the trigger caught, the coach's verdict with its reason, and a better line when one was on offer. */
export class CoachingView {
  readonly element = h('aside', { class: 'coaching', attrs: { 'aria-live': 'polite', 'aria-label': 'Coaching', hidden: true } });

  /** Show the note for the line just said. */
  show(facts: LineFacts): void {
    // The reason always comes with the note: a better line alone does not teach why.
    if (facts.typed) {
      // A typed reply: its own ratings and the words that earned them, then the line the customer answered and why.
      this.element.replaceChildren(h('h2', {}, 'Coach: your own words'), ratingChips(facts, true), triggerNotes(facts) ?? '', ...evidenceNotes(facts), takenAsNote(facts) ?? '', ...adviceNotes(facts));
    } else this.element.replaceChildren(h('h2', {}, 'Coach'), ratingChips(facts, false), triggerNotes(facts) ?? '', ...adviceNotes(facts));
    this.element.hidden = false;
  }

  /** Hide the note. */
  clear(): void {
    this.element.hidden = true;
    this.element.replaceChildren();
  }
}
