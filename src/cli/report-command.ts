import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { filterCohort } from '../engine/cohort/cohort-filter.ts';
import { cohortSections } from '../engine/cohort/cohort-sections.ts';
import { TABLE_IDS, tableCsv, type CohortLabels } from '../engine/cohort/cohort-tables.ts';
import { summarize } from '../engine/cohort/cohort-tally.ts';
import { callsPerAttempt, combineCohort } from '../engine/cohort/combine-sources.ts';
import { LrsReadError, readLrsCalls } from '../engine/cohort/lrs-pages.ts';
import { techniqueIndex } from '../engine/cohort/technique-index.ts';
import { compileInk } from '../engine/story/compile.ts';
import { parseTrack, TRACK_SUFFIX } from '../engine/schema/track.ts';
import { basicAuth } from '../platform/lrs-client.ts';
import { UsageError } from './cli-error.ts';
import { reportHtml } from './report-html.ts';
import { DEFAULT_RUBRIC_DATA, loadRubrics } from './rubric-source.ts';

/** The environment variables that hold the LRS client's credentials (never on the command line, where `ps` shows them). */
export const KEY_VARIABLE = 'FRONTLINE_LRS_KEY';
export const SECRET_VARIABLE = 'FRONTLINE_LRS_SECRET';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day given on the command line, checked. */
function day(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  if (!DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) throw new UsageError(`${option} ${value}: expected a date such as 2026-03-01`, true);
  return value;
}

/** The scenarios (compiled) and the tracks of a stories folder, for the techniques of choice points and the size of attempts. */
function readStories(folder: string, err: (text: string) => void): { stories: Map<string, string>; sizes: Map<string, number> } {
  const stories = new Map<string, string>();
  const sizes = new Map<string, number>();
  for (const name of readdirSync(folder).sort()) {
    const file = join(folder, name);
    if (name.endsWith(TRACK_SUFFIX)) {
      const { track } = parseTrack(readFileSync(file, 'utf8'), file);
      sizes.set(track.id, callsPerAttempt(track));
    } else if (name.endsWith('.ink')) {
      const compiled = compileInk(readFileSync(file, 'utf8'), { file });
      if (compiled.ok) stories.set(name.slice(0, -'.ink'.length), compiled.json);
      else err(`warning: ${file} does not compile, so its choice points have no techniques in the report`);
    }
  }
  return { stories, sizes };
}

/** `frontline report --lrs URL [--since DATE] [--until DATE] [--format csv|json|html] [--table ID]`: the cohort summary from an LRS; returns the exit code. */
export async function runReport(argv: string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: { lrs: { type: 'string' }, since: { type: 'string' }, until: { type: 'string' }, format: { type: 'string', default: 'json' }, table: { type: 'string', default: 'trainees' }, stories: { type: 'string' }, rubrics: { type: 'string' } },
  });
  if (!values.lrs) throw new UsageError('report needs --lrs URL, the xAPI base address of the LRS', true);
  if (!/^https?:\/\//.test(values.lrs) || !URL.canParse(values.lrs)) throw new UsageError(`--lrs ${values.lrs}: expected an http(s) address such as https://lrs.example.com/xapi/`, true);
  const format = values.format;
  if (format !== 'json' && format !== 'csv' && format !== 'html') throw new UsageError(`--format ${format}: expected csv, json or html`, true);
  const table = values.table as (typeof TABLE_IDS)[number];
  if (!TABLE_IDS.includes(table)) throw new UsageError(`--table ${values.table}: expected one of ${TABLE_IDS.join(', ')}`, true);
  const since = day(values.since, '--since');
  const until = day(values.until, '--until');
  const key = process.env[KEY_VARIABLE];
  const secret = process.env[SECRET_VARIABLE];
  if (!key || secret === undefined) throw new UsageError(`set ${KEY_VARIABLE} and ${SECRET_VARIABLE} to the LRS client's key and secret (a client that may only read statements is enough)`);

  const rubrics = loadRubrics(values.rubrics);
  const { stories, sizes } = readStories(values.stories ?? dirname(DEFAULT_RUBRIC_DATA), err);
  const started = Date.now();
  let read;
  try {
    read = await readLrsCalls(
      // The LRS filters by when it stored a statement; a call is stored after it ends, so `since` here loses none of the calls below.
      { endpoint: values.lrs, auth: basicAuth(key, secret), ...(since ? { since: `${since}T00:00:00.000Z` } : {}) },
      (url, init) => fetch(url, init),
      { onProgress: (p) => Date.now() - started > 1_000 && p.pages % 20 === 0 && err(`read ${p.statements.toLocaleString('en')} statements (${p.verb}, page ${p.pages})`) },
    );
  } catch (error) {
    if (error instanceof LrsReadError) {
      err(`error: ${error.message}`);
      return 1;
    }
    throw error;
  }
  for (const s of read.skipped) err(`skipped ${s.count} ${s.count === 1 ? 'statement' : 'statements'} ${s.reason} (for example ${s.example})`);
  const cohort = combineCohort({ calls: [], attempts: [] }, read.calls, sizes);
  const { calls, attempts } = filterCohort(cohort.calls, cohort.attempts, { ...(since ? { from: since } : {}), ...(until ? { to: until } : {}) });
  const summary = summarize(calls, attempts, techniqueIndex((id) => stories.get(id)));
  const families = new Map(rubrics.data.triggers.map((t) => [t.id, t.family]));
  const techniques = new Map(rubrics.data.techniques.map((t) => [t.id, t.label]));
  const labels: CohortLabels = { trigger: (id) => families.get(id) ?? id, technique: (id) => techniques.get(id) ?? id };
  const source = { lrs: values.lrs, since: since ?? null, until: until ?? null, statements: read.read, used: read.used, skipped: read.skipped };
  if (format === 'json') out(JSON.stringify({ source, summary }, null, 2));
  // Through out(), as everything printed: a name in the LRS cannot drive the terminal. Lines end in \n on a terminal.
  else if (format === 'csv') out(tableCsv(cohortSections(summary, labels).find((s) => s.table.id === table)!.table).replace(/\r\n/g, '\n').replace(/\n$/, ''));
  else {
    const skipped = read.skipped.reduce((n, s) => n + s.count, 0);
    const about = [`Read from ${values.lrs}${since ? ` since ${since}` : ''}${until ? ` until ${until}` : ''}: ${read.read.toLocaleString('en')} statements, ${summary.calls.toLocaleString('en')} calls, ${summary.trainees.length.toLocaleString('en')} trainees.`];
    if (skipped) about.push(`${skipped.toLocaleString('en')} statements were skipped: ${read.skipped.map((s) => `${s.count} ${s.reason}`).join('; ')}.`);
    out(reportHtml(cohortSections(summary, labels), about).replace(/\n$/, ''));
  }
  return 0;
}
