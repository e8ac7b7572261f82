/**
 * A trigger phrase of the rubric data (see its `help`) as a trainee reads it: alternatives
 * joined by "/", optional words in brackets, gaps as "…", a number as "[number]", a word list
 * as "[emotion word]", and the syntax marks (^, $, ~) left out.
 */
export function readablePhrase(pattern: string): string {
  return pattern
    .replace(/\{([^{}]*)\}/g, (_, inner: string) => inner.split('|').map((s) => s.trim()).join('/'))
    .replace(/\[([^[\]]*)\]/g, (_, inner: string) => `(${inner.split('|').map((s) => s.trim()).join('/')})`)
    .replace(/(^|\s)\*\d*(?=\s|$)/g, '$1…')
    .replace(/(^|\s)#(?=\s|$)/g, '$1[number]')
    .replace(/@([a-z_]+)/g, (_, name: string) => `[${name.replace(/_/g, ' ')} word]`)
    .replace(/~/g, '')
    .replace(/(^|\s)[\^$](?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
