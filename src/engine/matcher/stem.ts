/** Spellings that end the same way in British and American English meet in one form. */
function americanise(word: string): string {
  return word.replace(/is(e|ed|es|ing|ation)$/, 'iz$1').replace(/our$/, 'or');
}

/**
 * A light suffix stripper (not a full Porter stemmer): enough for "apologised", "apologizing"
 * and "apology" or "refunds" and "refunded" to meet, and simple to explain.
 */
export function stem(word: string): string {
  let w = americanise(word);
  if (w.length <= 3) return w;
  if (w.endsWith('ies') || w.endsWith('ied')) w = `${w.slice(0, -3)}y`;
  else for (const suffix of ['ingly', 'edly', 'ing', 'ed', 'ly', 'es', 's']) {
    if (!w.endsWith(suffix) || w.length - suffix.length < 3) continue;
    if (suffix === 's' && (w.endsWith('ss') || w.endsWith('us'))) break;
    if (suffix === 'es' && !/(ss|x|ch|sh|z)es$/.test(w)) continue;
    w = w.slice(0, -suffix.length);
    // "stopped" and "shipping" lose their doubled consonant.
    if (suffix !== 's' && suffix !== 'es' && /([b-df-hj-np-tv-z])\1$/.test(w) && !w.endsWith('ll') && !w.endsWith('ss')) w = w.slice(0, -1);
    break;
  }
  return w.replace(/e$/, '').replace(/y$/, 'i');
}
