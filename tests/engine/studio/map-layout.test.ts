import { describe, expect, it } from 'vitest';
import { checkScenario } from '../../../src/engine/check/check-scenario.ts';
import { layOutMap, type MapLayout } from '../../../src/engine/studio/map-layout.ts';
import { buildMapModel } from '../../../src/engine/studio/map-model.ts';
import { fixtureSource } from '../../helpers/fixtures.ts';
import { longScenario } from '../../helpers/long-scenario.ts';
import { shippedRubrics } from '../../helpers/rubrics.ts';

function mapOf(source: string): MapLayout {
  const { analyzer, rules } = shippedRubrics();
  const check = checkScenario('map.ink', source, { rater: analyzer, rules, strategies: false });
  return layOutMap(buildMapModel({ source, exploration: check.exploration!, rated: check.rated!, errors: check.report.errors, rules }));
}

/** Pairs of boxes that overlap, by title. */
function overlaps(map: MapLayout): string[] {
  const found: string[] = [];
  map.nodes.forEach((a, i) =>
    map.nodes.slice(i + 1).forEach((b) => {
      if (Math.abs(a.x - b.x) < (a.width + b.width) / 2 && Math.abs(a.y - b.y) < (a.height + b.height) / 2) found.push(`${a.node.id} / ${b.node.id}`);
    }),
  );
  return found;
}

describe('layOutMap', () => {
  it('places every box inside the map without overlaps, start on top, and labels each arrow with its grade symbol', () => {
    const map = mapOf(fixtureSource('tiny.ink'));
    expect(overlaps(map)).toEqual([]);
    for (const { x, y, width, height } of map.nodes) {
      expect(x - width / 2).toBeGreaterThanOrEqual(0);
      expect(y + height / 2).toBeLessThanOrEqual(map.height);
    }
    const top = Math.min(...map.nodes.map((n) => n.y));
    expect(map.nodes.find((n) => n.y === top)?.node.kind).toBe('start');
    expect(map.edges.map((e) => e.caption)).toEqual(['', "✓ I'm sorry it's late. I'll track it…", '! Calm down.', '✓ It will arrive by Friday.', '! No idea.']);
    for (const edge of map.edges) expect(edge.points.length).toBeGreaterThanOrEqual(2);
  });

  it('lays out a 1,000-line scenario with no two boxes on top of each other', () => {
    const source = longScenario(1000);
    expect(source.split('\n').length).toBeGreaterThanOrEqual(1000);
    const map = mapOf(source);
    expect(map.nodes.length).toBeGreaterThan(50);
    expect(overlaps(map)).toEqual([]);
  });
});
