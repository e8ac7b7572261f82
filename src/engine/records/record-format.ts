import type { z } from 'zod';
import { formatPath } from '../schema/json-file.ts';

/** The record format version this build reads and writes. */
export const RECORD_VERSION = 1;

/** The `format` tag of each stored or exported shape. */
export const RECORD_FORMATS = {
  call: 'frontline.call-record',
  attempt: 'frontline.attempt',
  export: 'frontline.export',
} as const;

/** Why a value is not a Frontline record of one of these formats at this version; undefined when it is. */
export function formatProblem(raw: unknown, formats: readonly string[]): string | undefined {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return 'it is not a Frontline record';
  const { format, version } = raw as { format?: unknown; version?: unknown };
  if (typeof format !== 'string' || !formats.includes(format)) {
    return `it is not a Frontline record of this kind (format ${JSON.stringify(format) ?? 'missing'}; expected ${formats.join(' or ')})`;
  }
  if (version !== RECORD_VERSION) {
    return `it was written as ${format} version ${JSON.stringify(version) ?? 'missing'}; this build reads version ${RECORD_VERSION} only`;
  }
  return undefined;
}

/** The first schema issue in plain words, with its path. */
export function issueText(issues: readonly z.core.$ZodIssue[]): string {
  const issue = issues[0];
  return issue ? `it is damaged at ${formatPath(issue.path)} (${issue.message})` : 'it is damaged';
}
