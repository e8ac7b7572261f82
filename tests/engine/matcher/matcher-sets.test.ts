import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labelledSetFiles, scoreFile } from '../../../scripts/matcher-score.ts';

describe('the matcher on the labelled sets (tests/fixtures/matcher-*.jsonl)', () => {
  const files = labelledSetFiles();

  it('finds the blind sets and the dev set', () => {
    expect(files.map((f) => basename(f))).toEqual(expect.arrayContaining(['matcher-dev.jsonl', 'matcher-set-missing-order.jsonl']));
  });

  for (const file of files) {
    it(`${basename(file)}: at least 90 % of paraphrases taken as their line, at least 80 % of no-fit replies refused`, () => {
      const score = scoreFile(file);
      expect(score.paraphrases.total).toBeGreaterThan(0);
      expect(score.paraphrases.right / score.paraphrases.total).toBeGreaterThanOrEqual(0.9);
      expect(score.noFit.refused / score.noFit.total).toBeGreaterThanOrEqual(0.8);
    });
  }
});
