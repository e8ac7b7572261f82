import { TAG_NAMES, TAG_VALUE_SCHEMAS, type TagName, type TagPlace } from '../schema/tags.ts';
import { remembered } from '../remembered.ts';

/** A tag that passed its schema: name and typed value. */
export type ReadTag = { [K in TagName]: { name: K; value: ReturnType<(typeof TAG_VALUE_SCHEMAS)[K]['parse']> } }[TagName];

/** Result of reading one raw tag: the tag, or why it is wrong. */
export type TagReading = { ok: true; tag: ReadTag } | { ok: false; message: string };

/** Split `name:value` at the first colon, both sides trimmed. */
export function splitTag(raw: string): { name: string; value: string } {
  const colon = raw.indexOf(':');
  if (colon < 0) return { name: raw.trim(), value: '' };
  return { name: raw.slice(0, colon).trim(), value: raw.slice(colon + 1).trim() };
}

function placeOf(name: string): TagPlace | undefined {
  for (const place of Object.keys(TAG_NAMES) as TagPlace[]) {
    if ((TAG_NAMES[place] as readonly string[]).includes(name)) return place;
  }
  return undefined;
}

const PLACE_WORDS: Record<TagPlace, string> = {
  header: 'in the header at the top of the file',
  line: 'on a customer line or narration',
  choice: 'inside a choice\'s [ ]',
};

/** Enough for every tag of a large library; past it the memo starts again (the studio runs for hours). */
const MAX_READINGS = 10_000;
/**
 * Readings already made, by place and raw tag. The explorer meets the same few tags in every
 * state it reaches, and a schema check each time cost more than the rest of a state's bookkeeping.
 * Readings hold strings and numbers only, and nobody changes them, so they can be shared.
 */
const readings: Record<TagPlace, (raw: string) => TagReading> = {
  header: remembered((raw) => readFresh(raw, 'header'), MAX_READINGS),
  line: remembered((raw) => readFresh(raw, 'line'), MAX_READINGS),
  choice: remembered((raw) => readFresh(raw, 'choice'), MAX_READINGS),
};

/** Validate a raw tag for the place it stands in, with a message a trainer can act on. */
export function readTag(raw: string, place: TagPlace): TagReading {
  return readings[place](raw);
}

function readFresh(raw: string, place: TagPlace): TagReading {
  const { name, value } = splitTag(raw);
  const home = placeOf(name);
  if (!home) {
    const allowed = TAG_NAMES[place].join(', ');
    return { ok: false, message: `unknown tag "#${name}"; tags allowed ${PLACE_WORDS[place]}: ${allowed}` };
  }
  if (home !== place) {
    return { ok: false, message: `tag "#${name}" belongs ${PLACE_WORDS[home]}, not ${PLACE_WORDS[place]}` };
  }
  const result = TAG_VALUE_SCHEMAS[name as TagName].safeParse(value);
  if (!result.success) {
    const why = result.error.issues[0]?.message ?? 'invalid value';
    return { ok: false, message: `tag "#${name}" has value "${value}": ${why}` };
  }
  return { ok: true, tag: { name, value: result.data } as ReadTag };
}
