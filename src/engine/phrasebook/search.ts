import { expandContraction } from '../analyzer/contractions.ts';
import type { AnswerEntry, FamilyEntry, Phrasebook } from './phrasebook.ts';

/** What the trainee searches for: words, and optionally one technique and one channel. */
export interface PhrasebookQuery {
  words: string;
  technique?: string | undefined;
  channel?: string | undefined;
}

/** Lowercased plain words, contractions spelt out ("don't" is "do not"), alternatives ("calm/settle") apart. */
export function searchWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019]/g, "'")
    .split(/[^a-z0-9']+/)
    .map((w) => w.replace(/^'+|'+$/g, ''))
    .filter((w) => w !== '')
    .flatMap(expandContraction);
}

/** Whether every word searched for starts some word of the text. */
function matches(wanted: readonly string[], text: string): boolean {
  const words = searchWords(text);
  return wanted.every((w) => words.some((word) => word.startsWith(w)));
}

const answerText = (a: AnswerEntry) => [a.scenarioTitle, a.situation, a.customer, a.answer, ...a.techniques.map((t) => t.label)].join(' ');
const familyText = (f: FamilyEntry) => [f.family, ...f.triggers.flatMap((t) => [t.explanation, t.better ?? '', ...t.phrases])].join(' ');

/**
 * The entries that hold every word searched for. The technique and channel filters narrow the
 * model answers; trigger families belong to no one technique or channel, so only words narrow them.
 */
export function searchPhrasebook(book: Phrasebook, query: PhrasebookQuery): { answers: AnswerEntry[]; families: FamilyEntry[] } {
  const wanted = searchWords(query.words);
  const answers = book.answers.filter(
    (a) =>
      (!query.technique || a.techniques.some((t) => t.id === query.technique)) &&
      (!query.channel || a.channel === query.channel) &&
      matches(wanted, answerText(a)),
  );
  return { answers, families: book.families.filter((f) => matches(wanted, familyText(f))) };
}
