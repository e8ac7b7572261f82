import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../../src/cli/check-command.ts';
import { loadRubrics } from '../../../src/cli/rubric-source.ts';
import { studioCheck } from '../../../src/engine/studio/studio-check.ts';
import { fixturePath } from '../../helpers/fixtures.ts';

const rubrics = loadRubrics();
const studio = { rater: rubrics.analyzer, rules: rubrics.rules };

/** What `frontline check FILE` prints about the file itself (before the coverage and the totals). */
function cliPrints(file: string): string {
  const out: string[] = [];
  runCheck([file], (text) => out.push(text), () => {});
  return out[0]!;
}

const check = (file: string, source = readFileSync(file, 'utf8')) => studioCheck({ kind: 'check', run: 1, file, source }, studio);

describe('the studio check', () => {
  const shipped = readdirSync('stories')
    .filter((name) => name.endsWith('.ink'))
    .map((name) => join('stories', name));

  it.each(shipped)('prints what frontline check prints for %s', (file) => {
    const result = check(file);
    expect(result.printed).toBe(cliPrints(file));
    expect(result.json).toBeDefined();
    expect(result.exploration?.nodes.length).toBeGreaterThan(0);
  });

  it('gives each error the line, code and message the CLI prints', () => {
    const file = fixturePath('broken.ink');
    const result = check(file);
    const printed = cliPrints(file).split('\n');
    expect(result.diagnostics.length).toBeGreaterThan(0);
    for (const diagnostic of result.diagnostics) {
      expect(printed).toContain(diagnostic.printed);
      expect(diagnostic.printed).toBe(`${file}:${diagnostic.line}: ${diagnostic.severity} [${diagnostic.code}] ${diagnostic.message}`);
    }
    expect(result.diagnostics.some((d) => d.code === 'unreachable' && d.severity === 'error')).toBe(true);
  });

  it('reports an unknown tag at its line, and a text that does not compile without a story', () => {
    const source = readFileSync('stories/missing-order.ink', 'utf8').split('\n');
    const at = source.findIndex((line) => line.includes('#empathy:'));
    source[at] = source[at]!.replace('#empathy:', '#empaty:');
    const result = check('stories/missing-order.ink', source.join('\n'));
    expect(result.diagnostics.find((d) => d.code === 'bad_tag')?.line).toBe(at + 1);
    const broken = check('stories/draft.ink', '-> nowhere\n');
    expect(broken.json).toBeUndefined();
    expect(broken.diagnostics.map((d) => d.code)).toContain('compile_error');
  });
});

describe('the studio check before exploring', () => {
  it('tells what reading and compiling found before the exploration, a part of the final report', () => {
    const source = readFileSync('stories/missing-order.ink', 'utf8').replace('#empathy:', '#empaty:');
    const early: string[] = [];
    const result = studioCheck({ kind: 'check', run: 3, file: 'stories/missing-order.ink', source }, studio, { onSourceChecked: (found) => early.push(...found.map((d) => d.printed)) });
    expect(early.some((line) => line.includes('[bad_tag]'))).toBe(true);
    expect(result.diagnostics.map((d) => d.printed)).toEqual(expect.arrayContaining(early));
  });
});
