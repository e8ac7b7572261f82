/** Human-readable JSON path, e.g. triggers[2].phrases[0]. Kept apart from the JSON parser, so that code that only names paths does not carry it. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out === '' ? '' : '.'}${String(part)}`;
  return out === '' ? '(top level)' : out;
}
