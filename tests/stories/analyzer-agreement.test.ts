import { describe, expect, it } from 'vitest';
import { taggedTriggers } from '../../src/engine/analyzer/tagged-recall.ts';
import { shippedRubrics } from '../helpers/rubrics.ts';
import { shippedStories } from '../helpers/stories.ts';

describe('the analyzer agrees with the authors', () => {
  it('finds at least 95 % of the triggers tagged on shipped choice lines, reading them untagged', () => {
    const tagged = taggedTriggers(shippedStories(), shippedRubrics().analyzer);
    const missed = tagged.filter((t) => !t.found).map((t) => `${t.id} at ${t.file}:${t.line}: ${t.text}`);
    expect(tagged.length).toBeGreaterThan(80);
    expect(missed.length, missed.join('\n')).toBeLessThanOrEqual(Math.floor(tagged.length * 0.05));
  });
});
