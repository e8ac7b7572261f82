import { scanSource } from '../check/source-scan.ts';
import { CHANNELS, EXPRESSIONS, OUTCOMES, SOUND_CUES, TAG_NAMES, type TagPlace } from '../schema/tags.ts';

/** One thing the editor may offer to type. */
export interface CompletionOption {
  label: string;
  /** what it is, shown beside it */
  detail: string;
}

/** What to offer at the cursor: options replacing the text from column `from`. */
export interface CompletionAnswer {
  from: number;
  options: CompletionOption[];
}

/** The ids a tag value may take, from the rubric data, with words to show beside each. */
export interface CompletionVocabulary {
  triggers: readonly { id: string; detail: string }[];
  techniques: readonly { id: string; detail: string }[];
}

const PLACE_WORDS: Record<TagPlace, string> = { header: 'header tag', line: 'line tag', choice: 'choice tag' };

/** Values of the tags whose values come from a fixed list. */
const FIXED_VALUES: Record<string, readonly string[]> = {
  outcome: OUTCOMES,
  mood: EXPRESSIONS,
  sfx: SOUND_CUES,
  channel: CHANNELS,
  difficulty: ['1', '2', '3'],
  empathy: ['+2', '+1', '0', '-1', '-2'],
  ownership: ['+2', '+1', '0', '-1', '-2'],
  expectations: ['+2', '+1', '0', '-1', '-2'],
};

/** Where a divert may go in this source: every knot and stitch, then END and DONE. */
export function divertTargets(source: string): CompletionOption[] {
  const flows = scanSource(source).flows.filter((flow) => flow.kind !== 'function');
  return [
    ...flows.map((flow) => ({ label: flow.path, detail: `${flow.kind}, line ${flow.line}` })),
    { label: 'END', detail: 'end the call (give it an #outcome first)' },
    { label: 'DONE', detail: 'stop this thread' },
  ];
}

function valuesOf(name: string, vocabulary: CompletionVocabulary): CompletionOption[] | undefined {
  if (name === 'trigger') return [...vocabulary.triggers.map((t) => ({ label: t.id, detail: t.detail })), { label: 'none', detail: 'this line has no trigger' }];
  if (name === 'technique') return vocabulary.techniques.map((t) => ({ label: t.id, detail: t.detail }));
  return FIXED_VALUES[name]?.map((value) => ({ label: value, detail: `${name} value` }));
}

/**
 * What to offer when the text before the cursor on its line is `before`: knot and stitch names
 * after `->`, tag names after `#`, and a tag's known values after `#name:`.
 */
export function completeAt(before: string, source: string, vocabulary: CompletionVocabulary): CompletionAnswer | undefined {
  const divert = /->\s*([\w.]*)$/.exec(before);
  if (divert) return { from: before.length - divert[1]!.length, options: divertTargets(source) };
  const value = /#\s*([a-z]+)\s*:\s*([\w+-]*)$/.exec(before);
  if (value) {
    const options = valuesOf(value[1]!, vocabulary);
    return options ? { from: before.length - value[2]!.length, options } : undefined;
  }
  const name = /#\s*(\w*)$/.exec(before);
  if (name) {
    const options = (Object.entries(TAG_NAMES) as [TagPlace, readonly string[]][]).flatMap(([place, names]) =>
      names.map((tag) => ({ label: tag === 'narration' ? tag : `${tag}:`, detail: PLACE_WORDS[place] })),
    );
    return { from: before.length - name[1]!.length, options };
  }
  return undefined;
}
