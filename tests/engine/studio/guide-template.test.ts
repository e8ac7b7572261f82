import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadRubrics } from '../../../src/cli/rubric-source.ts';
import { guideTemplate } from '../../../src/engine/studio/guide-template.ts';
import { studioCheck } from '../../../src/engine/studio/studio-check.ts';

describe("the trainer's guide template", () => {
  it('is the guide’s ink block under its template heading, and passes the check without an error or a warning', () => {
    const template = guideTemplate(readFileSync('stories/README.md', 'utf8'));
    expect(template).toMatch(/^# title: /);
    const rubrics = loadRubrics();
    const result = studioCheck({ kind: 'check', run: 1, file: 'stories/new-scenario.ink', source: template }, { rater: rubrics.analyzer, rules: rubrics.rules });
    expect(result.report.errors.map((d) => d.message)).toEqual([]);
    // A trainer starts from it: it shows a call no naive strategy wins, so `check --strict` passes it.
    expect(result.report.warnings.map((d) => `${d.line} ${d.code}`)).toEqual([]);
    expect(result.json).toBeDefined();
  });

  it('is refused, in words, when the guide has none', () => {
    expect(() => guideTemplate('# A guide\n\n### The template\n\nNo block here.\n')).toThrow(/no ```ink block under "### The template"/);
  });
});
