import { spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { basicAuth } from '../../src/platform/lrs-client.ts';
import { comparable, expectedSummary, generateCohort, seedLrs, type GeneratedCohort } from '../helpers/generated-cohort.ts';
import { startFakeLrs, type FakeLrs } from '../lrs/fake-lrs.ts';
import { startLrs, type LocalLrs } from '../lrs/local-lrs.ts';

const credentials = { FRONTLINE_LRS_KEY: 'reader', FRONTLINE_LRS_SECRET: 'secret' };

/** Run the built `frontline` command without blocking this process (the LRS it reads may be a server in this process). */
function frontline(args: string[], env: Record<string, string> = credentials): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, ['bin/frontline.js', ...args], { env: { ...process.env, FRONTLINE_LRS_KEY: '', FRONTLINE_LRS_SECRET: '', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c));
    child.stderr.on('data', (c: Buffer) => (stderr += c));
    child.on('close', (status) => done({ status, stdout, stderr }));
  });
}

let lrs: LocalLrs;
let cohort: GeneratedCohort;

beforeAll(async () => {
  cohort = generateCohort({ statements: 2_000, seed: 7, plays: 4 });
  lrs = await startLrs();
  await seedLrs(lrs.endpoint, basicAuth('seeder', 'secret'), cohort.statements);
}, 180_000);

afterAll(async () => {
  await lrs?.stop();
});

describe('frontline report against a real LRS (xapi-statements)', () => {
  it('prints the same cohort summary as the generating records give, as JSON', async () => {
    const { status, stdout, stderr } = await frontline(['report', '--lrs', lrs.endpoint]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const report = JSON.parse(stdout) as { source: { statements: number; used: number; skipped: unknown[] }; summary: Parameters<typeof comparable>[0] };
    expect(report.source).toMatchObject({ statements: cohort.statements.length, used: cohort.statements.length, skipped: [] });
    expect(comparable(report.summary)).toEqual(comparable(expectedSummary(cohort)));
  });

  it('keeps only the calls from --since on, and writes any table as CSV and the whole page as HTML', async () => {
    const since = await frontline(['report', '--lrs', lrs.endpoint, '--since', '2026-02-02']);
    const summary = (JSON.parse(since.stdout) as { summary: Parameters<typeof comparable>[0] }).summary;
    expect(comparable(summary)).toEqual(comparable(expectedSummary(cohort, { from: '2026-02-02' })));
    expect(summary.weeks[0]!.week).toBe('2026-02-02');

    const csv = await frontline(['report', '--lrs', lrs.endpoint, '--format', 'csv', '--table', 'scenarios']);
    const expected = expectedSummary(cohort);
    const lines = csv.stdout.trimEnd().split('\n');
    expect(lines[0]).toBe('Scenario,Calls,Trainees,Completed by (% of trainees),Overall (mean %),Resolved or follow-up (% of calls)');
    expect(lines).toHaveLength(expected.scenarios.length + 1);
    expect(lines[1]).toContain(`,${expected.scenarios[0]!.calls},${expected.scenarios[0]!.trainees},`);

    const html = await frontline(['report', '--lrs', lrs.endpoint, '--format', 'html']);
    expect(html.status).toBe(0);
    expect(html.stdout).toMatch(/^<!doctype html>/);
    for (const id of ['trainees', 'scenarios', 'choice-points', 'triggers', 'techniques', 'weeks']) expect(html.stdout).toContain(`<section id="${id}">`);
    expect(html.stdout).toContain('<svg viewBox=');
  });
});

describe('frontline report when something is wrong', () => {
  let fake: FakeLrs | undefined;
  afterAll(async () => fake?.close());

  it('says which variables hold the credentials, and refuses bad arguments', async () => {
    const missing = await frontline(['report', '--lrs', lrs.endpoint], {});
    expect(missing).toMatchObject({ status: 2, stderr: "error: set FRONTLINE_LRS_KEY and FRONTLINE_LRS_SECRET to the LRS client's key and secret (a client that may only read statements is enough)\n" });
    expect((await frontline(['report'])).stderr).toMatch(/^error: report needs --lrs URL/);
    expect((await frontline(['report', '--lrs', lrs.endpoint, '--since', 'last week'])).stderr).toMatch(/^error: --since last week: expected a date such as 2026-03-01/);
    expect((await frontline(['report', '--lrs', lrs.endpoint, '--format', 'pdf'])).status).toBe(2);
  });

  it('reports wrong credentials and a 500 midway in words, exit code 1, and prints no summary', async () => {
    fake = await startFakeLrs(cohort.statements.slice(0, 40), { status: 401 });
    const refused = await frontline(['report', '--lrs', fake.endpoint]);
    expect(refused).toMatchObject({ status: 1, stdout: '' });
    expect(refused.stderr).toMatch(/^error: The LRS refused the key and secret \(401/);
    await fake.close();
    fake = await startFakeLrs(cohort.statements.slice(0, 40), { failPage: 2 });
    const failed = await frontline(['report', '--lrs', fake.endpoint]);
    expect(failed).toMatchObject({ status: 1, stdout: '' });
    expect(failed.stderr).toMatch(/^error: The LRS failed while giving page 2 of the “completed” statements \(500/);
  });
});
