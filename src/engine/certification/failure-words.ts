import type { RubricData } from '../schema/rubric-data.ts';
import { RUBRIC_NAMES } from '../schema/rubric-names.ts';
import type { Outcome } from '../schema/tags.ts';
import type { CallFailure } from './pass-rules.ts';

/** How a call ended, to follow "The call ended". */
const OUTCOME_PHRASES: Record<Outcome, string> = {
  resolved: 'resolved',
  follow_up: 'with a follow-up agreed',
  escalated: 'escalated to a supervisor',
  lost: 'with the customer lost',
  ended_by_policy: 'by policy, after a warning to an abusive caller',
};

/** "a", "a or b", "a, b or c". */
function either(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/** One reason a call failed, in words for the candidate: rubric names, outcomes and trigger families, never ids. */
export function failureWords(failure: CallFailure, data: RubricData): string {
  switch (failure.kind) {
    case 'mark':
      return `${RUBRIC_NAMES[failure.rubric]}: you scored ${failure.score}%, and the pass mark is ${failure.mark}%.`;
    case 'outcome': {
      const passing = either(failure.passing.map((outcome) => OUTCOME_PHRASES[outcome]));
      const ended = failure.outcome === null ? 'The call stopped before it reached an ending' : `The call ended ${OUTCOME_PHRASES[failure.outcome]}`;
      return `${ended}; to pass, it must end ${passing}.`;
    }
    case 'blocker': {
      const families = failure.triggers.map((id) => `“${data.triggers.find((t) => t.id === id)?.family ?? id.replaceAll('_', ' ')}”`);
      return `You said something that fails a call on its own: ${families.join(' and ')}.`;
    }
  }
}
