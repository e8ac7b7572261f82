import { findNodeAtLocation, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { z } from 'zod';
import { InputError } from '../errors.ts';
import { MAX_JSON_DEPTH, tooDeepAt } from './json-depth.ts';
import { formatPath } from './json-path.ts';

/** A path into parsed JSON: object keys and array indexes. */
export type JsonPath = Array<string | number>;

/** 1-based line of a character offset. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i += 1) if (text.charCodeAt(i) === 10) line += 1;
  return line;
}

export { formatPath };

/** Finds the source line of a JSON path in a document (of its deepest existing part). */
export type PathLocator = (path: readonly PropertyKey[]) => number | undefined;

/**
 * Parse JSON text strictly, with a locator for paths; throws InputError at the line of a syntax error,
 * or of the first bracket nested deeper than `maxDepth`. The native parser does the work; the slower
 * tree that maps paths to lines is built only when a problem needs a line.
 */
export function parseJsonText(text: string, file: string, maxDepth: number = MAX_JSON_DEPTH): { json: unknown; locate: PathLocator } {
  const source = text.replace(/^\uFEFF/, '');
  const deep = tooDeepAt(source, maxDepth);
  if (deep) throw new InputError(file, lineAt(source, deep.offset), `brackets nested more than ${maxDepth} deep: no Frontline file is, so it is damaged or not a Frontline file`);
  let json: unknown;
  try {
    json = JSON.parse(source) as unknown;
  } catch {
    throw syntaxError(source, file);
  }
  let tree: Node | undefined;
  const locate: PathLocator = (path) => {
    tree ??= parseTree(source, [], { allowTrailingComma: false, disallowComments: true });
    if (!tree) return undefined;
    const clean = path.filter((p): p is string | number => typeof p !== 'symbol');
    for (let n = clean.length; n >= 0; n -= 1) {
      const node = findNodeAtLocation(tree, clean.slice(0, n));
      if (node) return lineAt(source, node.parent?.type === 'property' ? node.parent.offset : node.offset);
    }
    return undefined;
  };
  return { json, locate };
}

/** The error for text the native parser refused, at the line where the strict tree parser finds the fault. */
function syntaxError(source: string, file: string): InputError {
  const errors: ParseError[] = [];
  const tree = parseTree(source, errors, { allowTrailingComma: false, disallowComments: true });
  const first = errors[0];
  const offset = first?.offset ?? source.length;
  const what = first ? printParseErrorCode(first.error) : tree ? 'InvalidSymbol' : 'EmptyFile';
  return new InputError(file, lineAt(source, offset), `not valid JSON (${what})`);
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
