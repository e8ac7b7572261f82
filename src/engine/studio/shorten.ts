/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  // A cut that ends a word (at a space or a punctuation mark) keeps that word.
  const wholeWord = /[\s,;:.!?]$/.test(cut) || flat[max - 1] === ' ';
  const space = cut.lastIndexOf(' ');
  const kept = wholeWord || space <= max / 2 ? cut : cut.slice(0, space);
  return `${kept.replace(/[\s,;:.]+$/, '')}…`;
}
