import { describe, expect, it } from 'vitest';
import { findIncoherentEndings, walkIncoherentEndings } from '../../../src/engine/check/outcome-coherence.ts';
import { randomScenario, withOutcomes } from '../../helpers/random-scenario.ts';

describe('incoherent endings without enumerating paths', () => {
  it('finds what walking every path finds on 3,000 random scenarios: same findings, paths and order', () => {
    let found = 0;
    let sameLine = 0;
    const reasons = new Set<string>();
    for (let seed = 1; seed <= 3000; seed++) {
      const { exploration, rated, rules } = withOutcomes(randomScenario(seed), seed);
      const searched = findIncoherentEndings(exploration, rated, rules);
      expect(searched, `seed ${seed}`).toEqual(walkIncoherentEndings(exploration, rated, rules));
      found += searched.length;
      if (new Set(searched.map((f) => f.line)).size < searched.length) sameLine++;
      for (const finding of searched) reasons.add(finding.reason);
    }
    // The generator must really produce findings of every reason, several on one line too.
    expect(found).toBeGreaterThan(1000);
    expect(sameLine).toBeGreaterThan(100);
    expect([...reasons].sort()).toEqual(['high_overall', 'low_mood', 'low_overall']);
  });
});
