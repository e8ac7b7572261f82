import type { Exploration } from '../explore/explorer.ts';
import type { Technique } from '../schema/rubric-data.ts';
import type { RatedChoice } from '../scoring/rate-choice.ts';

/** What one scenario practises: techniques at a choice point that matters, and trigger traps. */
export interface ScenarioCoverage {
  /** technique ids practised at some choice point on a complete path where the options differ on it */
  techniques: string[];
  /** trigger ids offered at some choice point on a complete path next to an option without them */
  traps: string[];
}

/** The nodes from which some complete path runs on to an ending with an outcome. */
export function nodesOnCompletePaths(exploration: Exploration): Set<number> {
  const from = new Map<number, number[]>();
  for (const node of exploration.nodes) {
    for (const edge of node.edges) {
      const list = from.get(edge.to) ?? [];
      list.push(node.id);
      from.set(edge.to, list);
    }
  }
  const live = new Set<number>();
  const queue = exploration.nodes.filter((n) => n.kind === 'ending' && n.outcome !== undefined).map((n) => n.id);
  for (let id = queue.pop(); id !== undefined; id = queue.pop()) {
    if (live.has(id)) continue;
    live.add(id);
    queue.push(...(from.get(id) ?? []));
  }
  return live;
}

const spread = (values: readonly number[]) => Math.max(...values) - Math.min(...values);

/** Whether the options of one choice point differ on what the technique is measured by: only there does it matter which line is picked. */
function optionsDiffer(options: readonly RatedChoice[], technique: Technique): boolean {
  return technique.measuredBy.some((measure) => {
    if (measure === 'triggers') {
      const sets = new Set(options.map((o) => [...o.triggers].sort().join(',')));
      return sets.size > 1;
    }
    return spread(options.map((o) => o.ratings[measure])) > 0;
  });
}

/** The techniques tagged at one choice point (on any of its lines) whose lines differ on what each is measured by, in tag order. */
export function techniquesThatMatter(options: readonly RatedChoice[], techniques: readonly Technique[]): string[] {
  const byId = new Map(techniques.map((t) => [t.id, t] as const));
  const ids: string[] = [];
  for (const option of options) {
    for (const id of option.techniques ?? []) {
      const technique = byId.get(id);
      if (technique && !ids.includes(id) && optionsDiffer(options, technique)) ids.push(id);
    }
  }
  return ids;
}

/**
 * A technique counts where a choice point on a complete path is tagged with it (on any of its
 * options) and the options differ on what it is measured by; a trigger counts as a trap where
 * one option of such a point carries it and another does not. `rated[i]` rates node i's options.
 */
export function scenarioCoverage(
  exploration: Exploration,
  rated: readonly (readonly RatedChoice[])[],
  techniques: readonly Technique[],
): ScenarioCoverage {
  const live = nodesOnCompletePaths(exploration);
  const practised = new Set<string>();
  const traps = new Set<string>();
  for (const node of exploration.nodes) {
    if (node.kind !== 'choice' || !live.has(node.id)) continue;
    const options = rated[node.id] ?? [];
    if (options.length < 2) continue;
    for (const id of techniquesThatMatter(options, techniques)) practised.add(id);
    for (const option of options) {
      for (const trigger of option.triggers) {
        if (options.some((other) => !other.triggers.includes(trigger))) traps.add(trigger);
      }
    }
  }
  return { techniques: [...practised].sort(), traps: [...traps].sort() };
}

/** Per technique and per trigger, the scenarios (by id) that practise it or plant it as a trap. */
export interface LibraryCoverage {
  techniques: { id: string; label: string; scenarios: string[] }[];
  traps: { id: string; family: string; scenarios: string[] }[];
}

/** Gather the scenarios' coverage into the library's, in the rubric data's order. */
export function libraryCoverage(
  scenarios: readonly { id: string; coverage: ScenarioCoverage }[],
  techniques: readonly Technique[],
  triggers: readonly { id: string; family: string }[],
): LibraryCoverage {
  const sorted = [...scenarios].sort((a, b) => a.id.localeCompare(b.id));
  return {
    techniques: techniques.map((t) => ({ id: t.id, label: t.label, scenarios: sorted.filter((s) => s.coverage.techniques.includes(t.id)).map((s) => s.id) })),
    traps: triggers.map((t) => ({ id: t.id, family: t.family, scenarios: sorted.filter((s) => s.coverage.traps.includes(t.id)).map((s) => s.id) })),
  };
}
