import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { LibraryCoverage } from '../../src/engine/check/coverage.ts';
import { renderCoverageTable, TABLE_END, TABLE_START } from '../../src/engine/check/coverage-table.ts';
import { shippedRubrics } from '../helpers/rubrics.ts';

/*
 * The coverage table in stories/README.md is generated from the checker's own report; this
 * test holds the table to that report, and the library to what the trainer's guide promises:
 * every technique practised in at least 3 scenarios, every trigger a trap in at least 3.
 */

interface CheckReport {
  files: { id: string; stats?: { coverage: { techniques: string[]; traps: string[] } } }[];
  coverage: LibraryCoverage;
}

let report: CheckReport;

beforeAll(() => {
  const run = spawnSync(process.execPath, ['bin/frontline.js', 'check', '--json', 'stories/'], { encoding: 'utf8', timeout: 300_000 });
  expect(run.status, run.stderr).toBe(0);
  report = JSON.parse(run.stdout) as CheckReport;
}, 300_000);

describe('the coverage table of the trainer\'s guide', () => {
  it('is exactly what `frontline check --json stories/` reports (run `npm run coverage-table` after changing a scenario)', () => {
    const readme = readFileSync('stories/README.md', 'utf8');
    const start = readme.indexOf(TABLE_START);
    const end = readme.indexOf(TABLE_END);
    expect(start, 'stories/README.md has the coverage table markers').toBeGreaterThanOrEqual(0);
    expect(end).toBeGreaterThan(start);
    const written = readme.slice(start + TABLE_START.length, end).trim();
    const ids = report.files.filter((f) => f.stats).map((f) => f.id);
    expect(written).toBe(renderCoverageTable(report.coverage, ids));
  });

  it('covers every technique of the rubric data and every trigger, with each scenario\'s own report behind it', () => {
    const { data } = shippedRubrics();
    expect(report.coverage.techniques.map((t) => t.id)).toEqual(data.techniques.map((t) => t.id));
    expect(report.coverage.traps.map((t) => t.id)).toEqual(data.triggers.map((t) => t.id));
    for (const technique of report.coverage.techniques) {
      const practising = report.files.filter((f) => f.stats?.coverage.techniques.includes(technique.id)).map((f) => f.id).sort();
      expect(technique.scenarios).toEqual(practising);
    }
  });
});

describe('the scenario library', () => {
  it('practises every technique in at least 3 scenarios, by the checker\'s report', () => {
    const short = report.coverage.techniques.filter((t) => t.scenarios.length < 3).map((t) => `${t.id}: ${t.scenarios.join(', ') || 'none'}`);
    expect(short).toEqual([]);
  });

  it('plants every trigger family as a trap in at least 3 scenarios, by the checker\'s report', () => {
    const short = report.coverage.traps.filter((t) => t.scenarios.length < 3).map((t) => `${t.id}: ${t.scenarios.join(', ') || 'none'}`);
    expect(short).toEqual([]);
  });
});
