import { HeaderSchema, type ScenarioHeader } from '../schema/tags.ts';
import { readTag } from './tag-read.ts';

/** The header, or every reason it could not be read. */
export type HeaderReading = { ok: true; header: ScenarioHeader } | { ok: false; problems: string[] };

/** Build the scenario header from a story's global tags; `fallbackId` is the file name. */
export function readHeader(globalTags: readonly string[], fallbackId: string): HeaderReading {
  const fields: Record<string, unknown> = { id: fallbackId };
  const problems: string[] = [];
  for (const raw of globalTags) {
    const reading = readTag(raw, 'header');
    if (reading.ok) fields[reading.tag.name] = reading.tag.value;
    else problems.push(reading.message);
  }
  const result = HeaderSchema.safeParse(fields);
  if (!result.success) {
    for (const issue of result.error.issues) {
      const key = String(issue.path[0] ?? '');
      problems.push(`missing header tag "# ${key}: …" (required: title, customer, channel, difficulty, summary)`);
    }
  }
  return problems.length === 0 && result.success ? { ok: true, header: result.data } : { ok: false, problems };
}
