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
const TURNS = 11;
const VISIT_INDEX = 16;
const START_THREAD = 18;
const DIVERT_TARGET_VALUE = 4;
const VARIABLE_POINTER_VALUE = 5;

/** What can still be read once the story is in some knots: the rest is dead and can be left out of a key. */
export interface LiveState {
  /** global variables some instruction in these knots, or in a knot they lead to, may read */
  globals: ReadonlySet<string>;
  /** containers whose visit count may be read there (a subset of {@link ObservedCounts.visits}) */
  visits: ReadonlySet<string>;
}

/** Counts a story can read: everything else about visits can be left out of a state's key. */
export interface ObservedCounts {
  /** containers whose visit count some instruction may read */
  visits: Set<string>;
  /** containers whose turn index some instruction may read (`TURNS_SINCE`) */
  turns: Set<string>;
  /** some instruction reads `TURNS()`, the turn number itself */
  readsTurns: boolean;
  /** what may still be read from a state whose call stacks and pending choices are in these knots */
  liveIn(knots: readonly string[]): LiveState;
}

/** The engine itself reads the customer's mood after every line (segment.ts), so it is always live. */
const ALWAYS_READ = ['mood'];

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

/** Knots reachable from `from` by one or more diverts, choices or calls. */
function reachFrom(edges: Map<string, Set<string>>, from: string): Set<string> {
  const seen = new Set<string>();
  const pending = [...(edges.get(from) ?? [])];
  while (pending.length > 0) {
    const knot = pending.pop()!;
    if (seen.has(knot)) continue;
    seen.add(knot);
    pending.push(...(edges.get(knot) ?? []));
  }
  return seen;
}

/** Knots that can run more than once: on a cycle of diverts, called (tunnel, function, thread), or after one of those. */
function rerunnableKnots(edges: Map<string, Set<string>>, called: Set<string>): Set<string> {
  const reach = (from: string) => reachFrom(edges, from);
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
  let readsTurns = false;
  const variableDiverts = new Set<string>();
  const targetKnots = new Set<string>();
  /** by knot: the globals and counts its own instructions read */
  const reads = new Map<string, { globals: Set<string>; visits: Set<string> }>();
  const readsIn = (knot: string) => {
    let found = reads.get(knot);
    if (!found) reads.set(knot, (found = { globals: new Set(), visits: new Set() }));
    return found;
  };
  /** read wherever a value can flow: counts of divert-target values, globals passed by reference */
  const readAnywhere = { globals: new Set(ALWAYS_READ), visits: new Set<string>() };
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
      if (command === TURNS) readsTurns = true;
      if (command === VISIT_INDEX && obj.parent) {
        visits.add(obj.parent.path.toString());
        readsIn(knot).visits.add(obj.parent.path.toString());
      }
      if (command === START_THREAD) {
        threadNext = true;
        continue;
      }
      const countContainer = field<RuntimeObject>(obj, 'pathForCount') ? field<RuntimeObject>(obj, 'containerForCount') : undefined;
      if (countContainer) {
        visits.add(countContainer.path.toString());
        readsIn(knot).visits.add(countContainer.path.toString());
      }
      const variable = 'pathForCount' in obj ? field<string>(obj, 'name') : undefined;
      if (variable) readsIn(knot).globals.add(variable);
      if (field<number>(obj, 'valueType') === VARIABLE_POINTER_VALUE) {
        const name = field<string>(obj, 'variableName');
        if (name) readAnywhere.globals.add(name);
      }
      if (field<number>(obj, 'valueType') === DIVERT_TARGET_VALUE) {
        const read = containerPath(field<InkPath>(obj, 'targetPath'));
        if (read) {
          visits.add(read);
          turns.add(read);
          targetKnots.add(knotOf(read));
          readAnywhere.visits.add(read);
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
  for (const { target, knot } of onceOnly) {
    if (!rerun.has(knot)) continue;
    visits.add(target);
    readsIn(knot).visits.add(target);
  }
  return { visits, turns, readsTurns, liveIn: liveness(edges, reads, readAnywhere) };
}

/**
 * What a state can still observe, from where it is: a global or a count that no instruction in
 * its knots or in any knot they lead to can read will never change what the story does, so
 * states that differ only there have the same future. (Per knot, not per line: a read earlier
 * in the same knot counts too, which errs on the side of keeping.)
 */
function liveness(
  edges: Map<string, Set<string>>,
  reads: Map<string, { globals: Set<string>; visits: Set<string> }>,
  anywhere: { globals: Set<string>; visits: Set<string> },
): (knots: readonly string[]) => LiveState {
  const byKnot = new Map<string, LiveState>();
  const ofKnot = (knot: string): LiveState => {
    let live = byKnot.get(knot);
    if (live) return live;
    live = { globals: new Set(anywhere.globals), visits: new Set(anywhere.visits) };
    for (const there of [knot, ...reachFrom(edges, knot)]) {
      for (const name of reads.get(there)?.globals ?? []) (live.globals as Set<string>).add(name);
      for (const path of reads.get(there)?.visits ?? []) (live.visits as Set<string>).add(path);
    }
    byKnot.set(knot, live);
    return live;
  };
  const byKnots = new Map<string, LiveState>();
  return (knots) => {
    const id = [...new Set(knots)].sort().join(' ');
    let live = byKnots.get(id);
    if (live) return live;
    const parts = id.split(' ').map(ofKnot);
    live = { globals: new Set(parts.flatMap((p) => [...p.globals])), visits: new Set(parts.flatMap((p) => [...p.visits])) };
    byKnots.set(id, live);
    return live;
  };
}
