/** Words that, before an apostrophe-s, make "is" rather than a possessive. */
const IS_BEFORE_S = new Set([
  'it', 'that', 'there', 'here', 'what', 'who', 'where', 'how', 'he', 'she', 'this',
  'everything', 'nothing', 'something', 'someone', 'everyone', 'anyone', 'one', 'when', 'why',
]);

// Spellings without the apostrophe, as typed in chat; only those that are never real words.
const BARE: Record<string, string[]> = {
  cannot: ['can', 'not'], gonna: ['going', 'to'], wanna: ['want', 'to'], gotta: ['got', 'to'],
  dont: ['do', 'not'], doesnt: ['does', 'not'], didnt: ['did', 'not'], cant: ['can', 'not'],
  isnt: ['is', 'not'], wasnt: ['was', 'not'], arent: ['are', 'not'], couldnt: ['could', 'not'],
  wouldnt: ['would', 'not'], shouldnt: ['should', 'not'], havent: ['have', 'not'],
  hasnt: ['has', 'not'], im: ['i', 'am'], ive: ['i', 'have'], youre: ['you', 'are'],
  youve: ['you', 'have'], youll: ['you', 'will'], theyre: ['they', 'are'], thats: ['that', 'is'],
  theres: ['there', 'is'], whats: ['what', 'is'], okay: ['ok'],
};

const IRREGULAR_NOT: Record<string, string[]> = {
  "can't": ['can', 'not'], "won't": ['will', 'not'], "shan't": ['shall', 'not'], "ain't": ['is', 'not'],
};

const SUFFIXES: Array<[string, string]> = [
  ["'re", 'are'], ["'m", 'am'], ["'ll", 'will'], ["'ve", 'have'], ["'d", 'would'],
];

/** Expands one lowercased word (straight apostrophes) into the plain words it stands for. */
export function expandContraction(word: string): string[] {
  const bare = BARE[word];
  if (bare) return bare;
  if (!word.includes("'")) return [word];
  const irregular = IRREGULAR_NOT[word];
  if (irregular) return irregular;
  if (word === "let's") return ['let', 'us'];
  if (word.endsWith("n't")) return [word.slice(0, -3), 'not'];
  for (const [suffix, full] of SUFFIXES) {
    if (word.endsWith(suffix)) return [word.slice(0, -suffix.length), full];
  }
  if (word.endsWith("'s")) {
    const stem = word.slice(0, -2);
    return IS_BEFORE_S.has(stem) ? [stem, 'is'] : [stem];
  }
  return [word.replace(/'/g, '')];
}
