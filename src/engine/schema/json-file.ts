import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { InputError } from '../errors.ts';

/** A path into parsed JSON: object keys and array indexes. */
export type JsonPath = Array<string | number>;

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

/** Human-readable JSON path, e.g. triggers[2].phrases[0]. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : `${out === '' ? '' : '.'}${String(part)}`;
  return out === '' ? '(top level)' : out;
}

/** Finds the source line of a JSON path in a document (of its deepest existing part). */
export type PathLocator = (path: readonly PropertyKey[]) => number | undefined;

/** Parse JSON text strictly, with a locator for paths; throws InputError at the line of a syntax error. */
export function parseJsonText(text: string, file: string): { json: unknown; locate: PathLocator } {
  const source = text.replace(/^\uFEFF/, '');
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  if (first || !tree) {
    const offset = first?.offset ?? source.length;
    const what = first ? printParseErrorCode(first.error) : 'EmptyFile';
    throw new InputError(file, lineAt(source, offset), `not valid JSON (${what})`);
  }
  const locate: PathLocator = (path) => {
    const clean = path.filter((p): p is string | number => typeof p !== 'symbol');
    for (let n = clean.length; n >= 0; n -= 1) {
      const node = findNodeAtLocation(tree, clean.slice(0, n));
      if (node) return lineAt(source, node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return undefined;
  };
  return { json: JSON.parse(source) as unknown, locate };
}

/** Report schema issues as one InputError: the first at its line, a few more after it. */
export function schemaError(file: string, issues: readonly z.core.$ZodIssue[], locate: PathLocator, what: string): InputError {
  const problems = issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = keys.length > 0 ? [...issue.path, keys[0] as string] : issue.path;
    return { line: locate(path), text: `${formatPath(path)}: ${issue.message}` };
  });
  const first = problems[0];
  const more = problems.slice(1, 6).map((p) => `\n  also ${p.text}${p.line === undefined ? '' : ` (line ${p.line})`}`);
  return new InputError(file, first?.line, `${first?.text ?? `invalid ${what}`}${more.join('')}`);
}

/** Parse and validate a JSON data file against a schema; errors name the file, line, path and what was expected. */
export function parseJsonFile<S extends z.ZodType>(text: string, file: string, schema: S, what: string): { data: z.output<S>; locate: PathLocator } {
  const { json, locate } = parseJsonText(text, file);
  const result = schema.safeParse(json);
  if (!result.success) throw schemaError(file, result.error.issues, locate, what);
  return { data: result.data, locate };
}
