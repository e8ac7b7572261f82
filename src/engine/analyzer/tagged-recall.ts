import { scanSource } from '../check/source-scan.ts';
import { interpretChoiceTags } from '../story/interpret.ts';
import type { Analyzer } from './types.ts';

/** A trigger an author tagged on a choice line, and whether the analyzer, run untagged, finds it. */
export interface TaggedTrigger {
  file: string;
  line: number;
  text: string;
  id: string;
  found: boolean;
}

/**
 * How far the analyzer agrees with the authors: every trigger tagged on a choice line of the
 * scenarios given, each marked found when the analyzer, reading the line without its tags,
 * finds that trigger.
 */
export function taggedTriggers(stories: readonly { file: string; source: string }[], analyzer: Analyzer): TaggedTrigger[] {
  return stories.flatMap(({ file, source }) =>
    scanSource(source).choices.flatMap((choice) => {
      const tagged = interpretChoiceTags(choice.tags).meta.triggers ?? [];
      if (tagged.length === 0) return [];
      const found = new Set(analyzer.analyze(choice.text).triggers.map((hit) => hit.id));
      return tagged.map((id) => ({ file, line: choice.line, text: choice.text, id, found: found.has(id) }));
    }),
  );
}
