import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/engine/check/check-scenario.ts';
import { buildMapModel, pathOnMap, type MapInput } from '../../../src/engine/studio/map-model.ts';
import { fixtureSource } from '../../helpers/fixtures.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

function mapInput(name: string, source = fixtureSource(name)): MapInput {
  const { analyzer, rules } = shippedRubrics();
  const check = checkScenario(name, source, { rater: analyzer, rules });
  if (!check.exploration || !check.rated) throw new Error(`${name} did not explore`);
  return { source, exploration: check.exploration, rated: check.rated, errors: check.report.errors, rules };
}

describe('buildMapModel', () => {
  it('draws each choice point once, each line as an arrow with its grade, and each ending with its outcome', () => {
    const model = buildMapModel(mapInput('tiny.ink'));
    const summary = model.nodes.map((n) => `${n.kind} ${n.title} ${n.detail} @${n.line ?? '-'}`);
    expect(summary).toEqual([
      'choice top “Hi, my parcel is late.” @8',
      'choice top “What happens now?” @15',
      'ending top ends: resolved @17',
      'ending top ends: lost @21',
      'start Start Hi, my parcel is late. @7',
    ]);
    const arrows = model.edges.map((e) => `${e.grade ?? ''} ${e.label} [${e.ratings}] @${e.line ?? '-'}`);
    expect(arrows).toEqual([
      '  [] @-',
      "best I'm sorry it's late. I'll track it… [E+1 O+1 X0] @8",
      'trap Calm down. [E-1 O0 X0 · trigger calm_down] @11',
      'best It will arrive by Friday. [E0 O0 X+1] @15',
      'trap No idea. [E0 O-1 X0 · trigger i_dont_know] @18',
    ]);
  });

  it('marks a dead end at its line, and an unreachable knot as a box nothing leads to', () => {
    const dead = buildMapModel(mapInput('dead-end.ink'));
    expect(dead.nodes.filter((n) => n.kind === 'dead_end')).toEqual([{ id: 'dead_end:16', kind: 'dead_end', title: 'trailing', detail: 'dead end: content runs out', line: 16 }]);
    expect(dead.edges.some((e) => e.to === 'dead_end:16' && e.text === 'Hello there.')).toBe(true);
    const source = `${fixtureSource('tiny.ink')}=== island ===\nNobody comes here. #outcome:resolved\n-> END\n`;
    const island = buildMapModel(mapInput('island.ink', source));
    const unreachable = island.nodes.filter((n) => n.kind === 'unreachable');
    expect(unreachable).toEqual([{ id: 'unreachable:island', kind: 'unreachable', title: 'island', detail: 'unreachable: nothing leads here', line: 22 }]);
    expect(island.edges.some((e) => e.to === unreachable[0]!.id)).toBe(false);
  });

  it('merges the states of a hub into one box with arrows back to it', () => {
    const model = buildMapModel(mapInput('hub-loop.ink'));
    const hubs = model.nodes.filter((n) => n.kind === 'choice');
    // Before and after asking, the lines on offer differ: two choice points, both in the hub knot.
    expect(hubs.map((n) => n.title)).toEqual(['hub', 'hub']);
    expect(model.edges.filter((e) => e.text === 'Ask about the order.').map((e) => e.to)).toEqual([hubs[1]!.id, hubs[1]!.id]);
    expect(model.nodes.find((n) => n.kind === 'ending' && n.outcome === 'escalated')?.title).toBe('side.desk');
  });

  it('follows a path of choices along the arrows', () => {
    const model = buildMapModel(mapInput('tiny.ink'));
    const path = pathOnMap(model, [1, 0]);
    const said = model.edges.filter((e) => path.edges.has(e.id)).map((e) => e.text);
    expect(said).toEqual(['', 'Calm down.', 'It will arrive by Friday.']);
    expect(model.nodes.filter((n) => path.nodes.has(n.id)).map((n) => n.detail)).toEqual(['“Hi, my parcel is late.”', '“What happens now?”', 'ends: resolved', 'Hi, my parcel is late.']);
  });
});
