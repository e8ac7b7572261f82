import { sourceLineOf, type InkStory } from '../story/ink-types.ts';

/** inkjs runtime objects, as far as this analysis reads them. */
interface RuntimeObject {
  parent: RuntimeContainer | null;
  readonly path: { toString(): string };
}
interface RuntimeContainer extends RuntimeObject {
  content: RuntimeObject[];
  namedContent: Map<string, RuntimeContainer>;
}
interface InkPath {
  toString(): string;
}

/** ControlCommand.CommandType and ValueType numbers of inkjs. */
const VISIT_INDEX = 16;
const START_THREAD = 18;
const DIVERT_TARGET_VALUE = 4;

/** Counts a story can read: everything else about visits can be left out of a state's key. */
export interface ObservedCounts {
  /** containers whose visit count some instruction may read */
  visits: Set<string>;
  /** containers whose turn index some instruction may read (`TURNS_SINCE`) */
  turns: Set<string>;
}

const field = <T>(obj: RuntimeObject, name: string) => (obj as unknown as Record<string, T | undefined>)[name];

/** The first source line inside a runtime object (its own, or its first content's). */
function firstLine(obj: RuntimeObject | null): number | undefined {
  if (!obj) return undefined;
  const own = field<{ startLineNumber: number } | null>(obj, 'ownDebugMetadata')?.startLineNumber;
  if (own) return own;
  if (!('content' in obj)) return undefined;
  for (const item of (obj as RuntimeContainer).content) {
    const line = firstLine(item);
    if (line) return line;
  }
  return undefined;
}

function knotOf(path: string): string {
  return path.split('.')[0] ?? '';
}

/** Knots that can run more than once: on a cycle of diverts, called (tunnel, function, thread), or after one of those. */
function rerunnableKnots(edges: Map<string, Set<string>>, called: Set<string>): Set<string> {
  const reach = (from: string) => {
    const seen = new Set<string>();
    const pending = [...(edges.get(from) ?? [])];
    while (pending.length > 0) {
      const knot = pending.pop()!;
      if (seen.has(knot)) continue;
      seen.add(knot);
      pending.push(...(edges.get(knot) ?? []));
    }
    return seen;
  };
  const rerun = new Set(called);
  for (const knot of edges.keys()) if (reach(knot).has(knot)) rerun.add(knot);
  for (const knot of [...rerun]) for (const after of reach(knot)) rerun.add(after);
  return rerun;
}

/**
 * Which visit counts and turn indices a story can ever observe. Ink counts a visit for every
 * once-only choice taken, so two plays that reach the same place by different choices differ
 * in counts; only these reads can tell them apart:
 * - an explicit read count (`{knot}`, a label in a condition),
 * - `READ_COUNT` / `TURNS_SINCE` of a divert target (any `-> target` value in the story),
 * - the visit index of sequences, cycles and shuffles (their own container),
 * - a once-only choice deciding whether to show itself again, which can only happen in a knot
 *   that runs more than once.
 * The analysis is static and errs on the side of keeping a count.
 */
export function observedCounts(story: InkStory): ObservedCounts {
  const root = story.mainContentContainer as unknown as RuntimeContainer;
  const visits = new Set<string>();
  const turns = new Set<string>();
  const onceOnly: { target: string; knot: string }[] = [];
  const edges = new Map<string, Set<string>>();
  const called = new Set<string>();
  const variableDiverts = new Set<string>();
  const targetKnots = new Set<string>();
  const addEdge = (from: string, to: string) => {
    let set = edges.get(from);
    if (!set) edges.set(from, (set = new Set()));
    set.add(to);
  };
  const target = (path: InkPath) => (story.ContentAtPath(path as never) as unknown as { correctObj: RuntimeObject | null }).correctObj;
  /** A jump inside a knot loops when it lands on or before the line it leaves (unknown lines: assume it loops). */
  const jump = (from: RuntimeObject, knot: string, to: InkPath, offered: boolean) => {
    const there = knotOf(to.toString());
    if (there !== knot) {
      addEdge(knot, there);
      return;
    }
    const source = sourceLineOf(from);
    const landing = firstLine(target(to));
    if (source === undefined || landing === undefined || landing < source || (landing === source && !offered)) addEdge(knot, knot);
  };
  const containerPath = (path: InkPath | null | undefined): string | undefined => {
    if (!path) return undefined;
    const found = target(path);
    return found && 'content' in found ? found.path.toString() : undefined;
  };

  const seen = new Set<RuntimeContainer>();
  const walk = (container: RuntimeContainer) => {
    if (seen.has(container)) return;
    seen.add(container);
    const knot = knotOf(container.path.toString());
    let threadNext = false;
    for (const obj of container.content) {
      if ('content' in obj) {
        walk(obj as RuntimeContainer);
        continue;
      }
      const command = field<number>(obj, 'commandType');
      if (command === VISIT_INDEX && obj.parent) visits.add(obj.parent.path.toString());
      if (command === START_THREAD) {
        threadNext = true;
        continue;
      }
      const countContainer = field<RuntimeObject>(obj, 'pathForCount') ? field<RuntimeObject>(obj, 'containerForCount') : undefined;
      if (countContainer) visits.add(countContainer.path.toString());
      if (field<number>(obj, 'valueType') === DIVERT_TARGET_VALUE) {
        const read = containerPath(field<InkPath>(obj, 'targetPath'));
        if (read) {
          visits.add(read);
          turns.add(read);
          targetKnots.add(knotOf(read));
        }
      }
      if ('onceOnly' in obj) {
        const body = field<RuntimeObject>(obj, 'choiceTarget');
        if (body && field<boolean>(obj, 'onceOnly')) onceOnly.push({ target: body.path.toString(), knot });
        const to = field<InkPath>(obj, 'pathOnChoice');
        if (to) jump(obj, knot, to, true);
      }
      if ('variableDivertName' in obj) {
        if (field<string>(obj, 'variableDivertName')) variableDiverts.add(knot);
        else if (!field<boolean>(obj, 'isExternal')) {
          const to = field<InkPath>(obj, 'targetPath');
          if (to) {
            jump(obj, knot, to, false);
            if (threadNext || field<boolean>(obj, 'pushesToStack')) called.add(knotOf(to.toString()));
          }
        }
      }
      threadNext = false;
    }
    for (const named of container.namedContent.values()) walk(named);
  };
  walk(root);
  // A divert to a variable can go to any `-> target` value in the story.
  for (const from of variableDiverts) for (const to of targetKnots) addEdge(from, to);
  const rerun = rerunnableKnots(edges, called);
  for (const { target, knot } of onceOnly) if (rerun.has(knot)) visits.add(target);
  return { visits, turns };
}
