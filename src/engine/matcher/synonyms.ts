import { stem } from './stem.ts';

/**
 * Words that mean the same thing in a customer-service reply, in groups: every word of a group
 * counts as the group's first word. Kept small and general (no scenario's own nouns), so that
 * a paraphrase meets the line it paraphrases however the trainee words it.
 */
const GROUPS: readonly (readonly string[])[] = [
  ['sorry', 'apology', 'apologize', 'apologise', 'apologies', 'regret', 'unfortunate', 'unfortunately'],
  ['understand', 'understandable', 'hear', 'see', 'gather', 'appreciate', 'realize', 'realise'],
  ['frustrating', 'frustrated', 'frustration', 'upset', 'annoyed', 'annoying', 'angry', 'anger', 'mad', 'furious', 'irritated', 'stressful', 'stressed', 'stress', 'worried', 'worry', 'worrying', 'concern', 'concerned', 'anxious'],
  ['help', 'assist', 'assistance', 'support', 'aid'],
  ['fix', 'sort', 'resolve', 'solve', 'solution', 'handle', 'deal', 'rectify', 'right', 'correct', 'repair', 'address'],
  ['replace', 'replacement', 'resend', 'reship', 'send', 'ship', 'post', 'dispatch', 'mail', 'new'],
  ['refund', 'reimburse', 'reimbursement', 'repay', 'credit', 'money'],
  ['order', 'package', 'parcel', 'delivery', 'shipment', 'purchase', 'item', 'items'],
  ['number', 'reference', 'id', 'code'],
  ['manager', 'supervisor', 'boss', 'superior', 'lead', 'senior'],
  ['colleague', 'team', 'department', 'specialist', 'someone', 'person', 'agent', 'technician', 'expert'],
  ['transfer', 'connect', 'pass', 'escalate', 'escalation', 'forward', 'hand'],
  ['call', 'phone', 'ring', 'callback'],
  ['email', 'message', 'text', 'write'],
  ['check', 'look', 'search', 'investigate', 'review', 'verify', 'confirm', 'find'],
  ['now', 'immediately', 'instantly', 'straight', 'today', 'asap', 'quickly'],
  ['soon', 'shortly', 'promptly'],
  ['tomorrow', 'overnight'],
  ['first', 'before', 'beforehand'],
  ['wait', 'hold', 'moment', 'minute', 'second', 'sec', 'bit'],
  ['calm', 'relax', 'settle', 'chill'],
  ['wrong', 'incorrect', 'mistake', 'error', 'fault', 'mess', 'messed', 'screwed'],
  ['blame', 'warehouse', 'courier', 'carrier'],
  ['policy', 'rule', 'rules', 'procedure', 'process', 'terms'],
  ['not', 'no', 'never', 'nothing', 'nobody', 'none', 'unable'],
  ['know', 'sure', 'certain', 'idea', 'clue'],
  ['thank', 'thanks', 'grateful', 'appreciated'],
  ['patience', 'patient', 'waiting'],
  ['promise', 'guarantee', 'assure', 'commit', 'ensure', 'make'],
  ['personally', 'myself', 'own', 'ownership', 'responsibility', 'responsible'],
  ['update', 'informed', 'posted', 'progress', 'follow', 'back'],
  ['yell', 'yelling', 'shout', 'shouting', 'scream', 'screaming', 'swear', 'swearing', 'abuse', 'abusive', 'rude'],
  ['together', 'both'],
  ['day', 'days', 'week', 'weeks', 'hours', 'business'],
  ['safe', 'safety', 'harm', 'dangerous', 'contaminated', 'risk', 'damaged', 'broken', 'faulty', 'defective'],
  ['cancel', 'cancellation', 'close', 'terminate', 'end'],
  ['bad', 'terrible', 'awful', 'poor', 'horrible'],
  ['happy', 'glad', 'pleased', 'delighted'],
  ['explain', 'tell', 'say', 'said', 'told', 'walk'],
  ['offer', 'give', 'provide'],
];

/** Multi-word phrases that stand for one word of a group, rewritten before the words are split. */
export const PHRASE_REWRITES: readonly (readonly [RegExp, string])[] = [
  [/\bright away\b/g, 'now'],
  [/\bstraight away\b/g, 'now'],
  [/\bas soon as (possible|i can|we can)\b/g, 'soon'],
  [/\bmoney back\b/g, 'refund'],
  [/\bget back to you\b/g, 'update'],
  [/\bkeep you (posted|updated|informed|in the loop)\b/g, 'update'],
  [/\bnot my (job|department|problem)\b/g, 'notmyjob'],
  [/\bnothing (i|we) can do\b/g, 'handstied'],
  [/\bhands are tied\b/g, 'handstied'],
  [/\bcalm down\b/g, 'calm'],
  [/\bhang on\b/g, 'wait'],
  [/\bbear with me\b/g, 'wait'],
  [/\bno idea\b/g, 'not know'],
];

/** Each stemmed word of a group, to the stem of the group's first word. */
export const SYNONYM_OF: ReadonlyMap<string, string> = new Map(
  GROUPS.flatMap((group) => {
    const head = stem(group[0]!);
    return group.map((word) => [stem(word), head] as const);
  }),
);
