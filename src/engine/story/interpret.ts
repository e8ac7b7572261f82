import type { Beat, ChoiceMeta } from '../schema/session.ts';
import type { RawLine } from './segment.ts';
import { readTag } from './tag-read.ts';


/** A tag that failed its schema, with the reason. */
export interface TagProblem {
  raw: string;
  message: string;
}

/** Turn an output line into a beat, reporting tags that do not belong on a line. */
export function interpretLine(line: RawLine): { beat: Beat; problems: TagProblem[] } {
  const beat: Beat = { speaker: 'customer', text: line.text.trim(), sfx: [], mood: line.mood };
  const problems: TagProblem[] = [];
  for (const raw of line.tags) {
    const reading = readTag(raw, 'line');
    if (!reading.ok) {
      problems.push({ raw, message: reading.message });
      continue;
    }
    const { tag } = reading;
    if (tag.name === 'narration') beat.speaker = 'narration';
    else if (tag.name === 'mood') beat.expression = tag.value;
    else if (tag.name === 'sfx') beat.sfx.push(tag.value);
    else if (tag.name === 'outcome') beat.outcome = tag.value;
  }
  return { beat, problems };
}

/** Read a choice's tags into its metadata, reporting tags that do not belong on a choice. */
export function interpretChoiceTags(tags: readonly string[]): { meta: ChoiceMeta; problems: TagProblem[] } {
  const meta: ChoiceMeta = { ratings: {} };
  const problems: TagProblem[] = [];
  for (const raw of tags) {
    const reading = readTag(raw, 'choice');
    if (!reading.ok) {
      problems.push({ raw, message: reading.message });
      continue;
    }
    const { tag } = reading;
    if (tag.name === 'empathy' || tag.name === 'ownership' || tag.name === 'expectations') {
      meta.ratings[tag.name] = tag.value;
    } else if (tag.name === 'trigger') {
      meta.triggers ??= [];
      if (tag.value !== 'none' && !meta.triggers.includes(tag.value)) meta.triggers.push(tag.value);
    } else if (tag.name === 'technique') {
      meta.techniques ??= [];
      if (!meta.techniques.includes(tag.value)) meta.techniques.push(tag.value);
    } else if (tag.name === 'feedback') meta.feedback = tag.value;
    else if (tag.name === 'better') meta.better = tag.value;
    else if (tag.name === 'hint') meta.hint = tag.value;
  }
  return { meta, problems };
}
