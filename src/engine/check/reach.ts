import type { SourceFlow } from './source-scan.ts';
import type { InkStory } from '../story/ink-types.ts';

/** How much of a story's content some play reached: seen of total, per kind. */
export interface Reach {
  knots: { seen: number; total: number };
  choices: { seen: number; total: number };
  lines: { seen: number; total: number };
}

interface RuntimeObject {
  ownDebugMetadata?: { startLineNumber: number } | null;
  content?: RuntimeObject[];
  namedContent?: Map<string, RuntimeObject>;
  onceOnly?: boolean;
  choiceTarget?: { path: { toString(): string } } | null;
}

/** Every choice's body (a container ink enters when the choice is taken) and every source line with content. */
function storyContent(story: InkStory): { choices: Set<string>; lines: Set<number> } {
  const choices = new Set<string>();
  const lines = new Set<number>();
  const seen = new Set<RuntimeObject>();
  const walk = (obj: RuntimeObject) => {
    if (seen.has(obj)) return;
    seen.add(obj);
    const line = obj.ownDebugMetadata?.startLineNumber;
    if (line) lines.add(line);
    if ('onceOnly' in obj && obj.choiceTarget) choices.add(obj.choiceTarget.path.toString());
    for (const item of obj.content ?? []) walk(item);
    for (const item of obj.namedContent?.values() ?? []) walk(item);
  };
  walk(story.mainContentContainer as unknown as RuntimeObject);
  return { choices, lines };
}

/** What share of the knots and stitches, choices and lines the containers `visited` and `lines` cover. */
export function measureReach(story: InkStory, flows: readonly SourceFlow[], visited: ReadonlySet<string>, seenLines: ReadonlySet<number>): Reach {
  const content = storyContent(story);
  const knots = flows.filter((flow) => flow.kind !== 'function');
  return {
    knots: { seen: knots.filter((flow) => visited.has(flow.path)).length, total: knots.length },
    choices: { seen: [...content.choices].filter((path) => visited.has(path)).length, total: content.choices.size },
    lines: { seen: [...content.lines].filter((line) => seenLines.has(line)).length, total: content.lines.size },
  };
}
