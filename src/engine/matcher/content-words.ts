import { stem } from './stem.ts';
import { SYNONYM_OF, PHRASE_REWRITES } from './synonyms.ts';

/**
 * Words that carry no content on their own: articles, pronouns, auxiliaries, fillers. Negations
 * ("not", "no", "never") are kept: "I can refund it" and "I cannot refund it" say different things.
 */
const STOP_WORDS = new Set(
  (
    'a an the and or but so if then than that this these those there here it its is am are was were be been being ' +
    'i me my mine we us our ours you your yours he him his she her they them their it s do does did doing done ' +
    'have has had having will would shall should can could may might must to of in on at by for with from as ' +
    'about into over up down out off just really very quite also too well oh ok okay um uh hmm look listen ' +
    'while what which who whom whose when where why how all any some one ones thing things something anything ' +
    'let lets going go get got gonna want like sir maam ma mam hi hello hey yes yeah yep please'
  ).split(' '),
);

/** Lowercase words with apostrophes folded: "can't" → "can not", "we'll" → "we will". */
function words(text: string): string[] {
  let lowered = ` ${text.toLowerCase().replace(/[’‘`ʼ]/g, "'")} `;
  for (const [from, to] of PHRASE_REWRITES) lowered = lowered.replace(from, ` ${to} `);
  return lowered
    .replace(/\b(can|won|don|doesn|didn|isn|aren|wasn|weren|couldn|wouldn|shouldn|haven|hasn)'t\b/g, (_, base: string) => `${base === 'won' ? 'will' : base === 'can' ? 'can' : base.slice(0, -1)} not`)
    .replace(/\bcannot\b/g, 'can not')
    .replace(/'(s|re|ll|ve|d|m)\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** One content word of a line: the canonical term it counts as, and the word as written. */
export interface ContentWord {
  term: string;
  word: string;
}

/** The content words of a line, each mapped through the stemmer and the synonym table to one term; repeats dropped. */
export function contentWords(text: string): ContentWord[] {
  const seen = new Set<string>();
  const out: ContentWord[] = [];
  for (const word of words(text)) {
    if (STOP_WORDS.has(word)) continue;
    const stemmed = stem(word);
    const term = SYNONYM_OF.get(stemmed) ?? stemmed;
    if (seen.has(term)) continue;
    seen.add(term);
    out.push({ term, word });
  }
  return out;
}
