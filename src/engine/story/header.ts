import { HeaderSchema, type ScenarioHeader } from '../schema/tags.ts';
import { readTag, splitTag } from './tag-read.ts';

/** Why a header could not be read: a tag with a bad value, or a required tag that is absent. */
export interface HeaderProblem {
  kind: 'bad_value' | 'missing';
  message: string;
}

/** The header, or every reason it could not be read. */
export type HeaderReading = { ok: true; header: ScenarioHeader } | { ok: false; problems: HeaderProblem[] };

/** Build the scenario header from a story's global tags; `fallbackId` is the file name. */
export function readHeader(globalTags: readonly string[], fallbackId: string): HeaderReading {
  const fields: Record<string, unknown> = { id: fallbackId };
  const problems: HeaderProblem[] = [];
  const present = new Set<string>();
  for (const raw of globalTags) {
    const reading = readTag(raw, 'header');
    present.add(splitTag(raw).name);
    if (reading.ok) fields[reading.tag.name] = reading.tag.value;
    else problems.push({ kind: 'bad_value', message: reading.message });
  }
  const result = HeaderSchema.safeParse(fields);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      if (present.has(key)) continue;
      problems.push({ kind: 'missing', message: `missing header tag "# ${key}: …" (required: title, customer, channel, difficulty, summary)` });
    }
  }
  return problems.length === 0 && result.success ? { ok: true, header: result.data } : { ok: false, problems };
}
