/**
 * Regenerates the coverage table in stories/README.md from `frontline check --json stories/`:
 * which scenarios practise each technique, and plant each trigger as a trap.
 * Run with `npm run coverage-table`; tests/stories/coverage.test.ts fails when it is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { runCheck } from '../src/cli/check-command.ts';
import { renderCoverageTable, withCoverageTable } from '../src/engine/check/coverage-table.ts';
import type { LibraryCoverage } from '../src/engine/check/coverage.ts';

const README = 'stories/README.md';

const chunks: string[] = [];
const status = runCheck(['--json', 'stories'], (text) => chunks.push(text), (text) => process.stderr.write(`${text}\n`));
const report = JSON.parse(chunks.join('\n')) as { files: { id: string; stats?: unknown }[]; coverage?: LibraryCoverage };
if (status !== 0 || !report.coverage) {
  process.stderr.write('frontline check reported errors in stories/: fix them before regenerating the coverage table\n');
  process.exit(1);
}
const ids = report.files.filter((f) => f.stats !== undefined).map((f) => f.id);
writeFileSync(README, withCoverageTable(readFileSync(README, 'utf8'), renderCoverageTable(report.coverage, ids)));
process.stdout.write(`wrote the coverage table of ${ids.length} scenarios to ${README}\n`);
