import { readFileSync } from 'node:fs';
import { loadRubrics } from '../../src/cli/rubric-source.ts';
import { nextScenario } from '../../src/engine/certification/attempt-progress.ts';
import { finishAttempt } from '../../src/engine/certification/finish-attempt.ts';
import { recordCall } from '../../src/engine/certification/record-call.ts';
import { startAttempt } from '../../src/engine/certification/start-attempt.ts';
import { contentHash } from '../../src/engine/hash.ts';
import type { AttemptRecord } from '../../src/engine/records/attempt-record.ts';
import type { CallRecord } from '../../src/engine/records/call-record.ts';
import type { ExportDocument } from '../../src/engine/records/export-document.ts';
import { RECORD_FORMATS, RECORD_VERSION } from '../../src/engine/records/record-format.ts';
import { makeCallRecord } from '../../src/engine/records/make-call-record.ts';
import { filterCohort, type CohortFilter } from '../../src/engine/cohort/cohort-filter.ts';
import { summarize, type CohortSummary } from '../../src/engine/cohort/cohort-tally.ts';
import { techniqueIndex } from '../../src/engine/cohort/technique-index.ts';
import { cohortOfExports } from '../../src/engine/records/cohort-summary.ts';
import { parseTrack, type Track } from '../../src/engine/schema/track.ts';
import { reportCall, type CallReport } from '../../src/engine/scoring/call-report.ts';
import { compileInk } from '../../src/engine/story/compile.ts';
import { StorySession } from '../../src/engine/story/session.ts';
import { callStatements } from '../../src/engine/xapi/call-statements.ts';
import type { XapiStatement } from '../../src/engine/xapi/xapi-statement.ts';
import { shippedStories } from './stories.ts';

/** Where the generated trainees' LMS accounts live: two groups, so a filter by homePage has something to split. */
export const GROUPS = ['https://lms.north.example', 'https://lms.south.example'] as const;
export const ACTIVITY_ROOT = 'https://training.example/frontline/xapi';
export const TRACK_FILES = ['stories/foundations.track.json', 'stories/advanced.track.json'];

/** A cohort made with the project's own builders: records as the app writes them, and the statements it sends for them. */
export interface GeneratedCohort {
  exports: ExportDocument[];
  statements: XapiStatement[];
  tracks: Track[];
  /** compiled story JSON of every shipped scenario, by id */
  stories: Map<string, string>;
  /** each trainee's name and the homePage of their LMS account */
  groups: Map<string, string>;
  calls: number;
}

/** A small, fast, seeded random source, so the same options give the same cohort. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Play {
  report: CallReport;
  lines: string[];
}

const FIRST = ['Ada', 'Bo', 'Cyril', 'Dana', 'Emeka', 'Farah', 'Gus', 'Hana', 'Ivo', 'Jun', 'Kofi', 'Lena', 'Mateo', 'Nia', 'Oskar', 'Priya'];
const LAST = ['Adams', 'Baker', 'Chen', 'Diaz', 'Eze', 'Fox', 'Gray', 'Holm', 'Ito', 'Jones', 'Khan', 'Lund', 'Moreau', 'Nagy', 'Okoro', 'Patel'];

/**
 * Generate trainees until their calls' statements number at least `statements`: each has practice calls on random shipped
 * scenarios (played through the real stories with random choices, scored by the shipped rubric data) and certification attempts
 * at both shipped tracks, most finished and some still open, spread over ten weeks.
 */
export function generateCohort(options: { statements: number; seed?: number; plays?: number }): GeneratedCohort {
  const rand = random(options.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const rubrics = loadRubrics();
  const stories = new Map<string, string>();
  const titles = new Map<string, string>();
  const plays = new Map<string, Play[]>();
  for (const { name, source } of shippedStories()) {
    const compiled = compileInk(source);
    if (!compiled.ok) throw new Error(`${name}: ${compiled.errors[0]?.message}`);
    const id = name.replace(/\.ink$/, '');
    stories.set(id, compiled.json);
    const list: Play[] = [];
    for (let p = 0; p < (options.plays ?? 12); p++) {
      const session = StorySession.start(compiled.json, { file: name, rubricHash: rubrics.hash });
      titles.set(id, session.header.title);
      while (!session.ended && session.choices.length > 0) session.choose(Math.floor(rand() * session.choices.length));
      const report = reportCall(session, rubrics.analyzer, rubrics.rules);
      list.push({ report, lines: session.history.map((r) => r.offered[r.chosen]!.text) });
    }
    plays.set(id, list);
  }
  const frozen = structuredClone(rubrics.data);
  const storyHashes = Object.fromEntries([...stories].map(([id, json]) => [id, contentHash(json)]));
  const tracks = TRACK_FILES.map((file) => parseTrack(readFileSync(file, 'utf8'), file).track);
  const scenarioIds = [...stories.keys()];
  const start = Date.parse('2026-01-05T08:00:00.000Z');
  const TEN_WEEKS = 10 * 7 * 24 * 60;

  const exports: ExportDocument[] = [];
  const statements: XapiStatement[] = [];
  const groups = new Map<string, string>();
  let calls = 0;
  for (let t = 0; statements.length < options.statements; t++) {
    const hex = contentHash(`trainee ${options.seed ?? 1} ${t}`);
    const traineeId = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-8${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
    const candidate = `${pick(FIRST)} ${pick(LAST)} ${t + 1}`;
    const actor = { objectType: 'Agent' as const, name: candidate, account: { homePage: GROUPS[t % GROUPS.length]!, name: candidate } };
    groups.set(candidate, actor.account.homePage);
    const send = (call: CallRecord, lines: string[], trackName?: string) => {
      statements.push(...callStatements(call, lines, { actor, activityRoot: ACTIVITY_ROOT }, trackName));
      calls += 1;
    };
    const minutes = () => Math.floor(rand() * TEN_WEEKS);
    const time = (m: number) => new Date(start + m * 60_000).toISOString();
    const records: (CallRecord | AttemptRecord)[] = [];

    for (let c = 0, n = 8 + Math.floor(rand() * 30); c < n; c++) {
      const scenarioId = pick(scenarioIds);
      const play = pick(plays.get(scenarioId)!);
      const m = minutes();
      const durationMs = 60_000 + Math.floor(rand() * 400) * 1_000;
      const call = makeCallRecord({ kind: 'practice', traineeId, candidate, trackId: null, attemptId: null, scenarioId, scenarioTitle: titles.get(scenarioId)!, storyHash: storyHashes[scenarioId]!, startedAt: time(m), endedAt: time(m + durationMs / 60_000), durationMs, passed: null, report: play.report });
      records.push(call);
      send(call, play.lines);
    }
    for (let a = 0, n = Math.floor(rand() * 3); a < n; a++) {
      const track = pick(tracks);
      let m = minutes();
      const started = startAttempt({ id: `attempt-${t}-${a}`, traineeId, candidate, track, data: rubrics.data, storyHashes, now: time(m), seed: 1, attemptNumber: a + 1 });
      // Every attempt freezes the same rubric data: sharing one copy keeps a cohort of thousands of attempts in memory, and lets
      // the rules be read once instead of once per attempt.
      let attempt: AttemptRecord = { ...started, rules: { ...started.rules, rubricData: frozen } };
      // One attempt in five is left open after some of its calls, as a trainee who has not finished yet.
      const open = rand() < 0.2;
      const played = open ? 1 + Math.floor(rand() * (attempt.scenarioIds.length - 1)) : attempt.scenarioIds.length;
      for (let c = 0; c < played; c++) {
        const scenarioId = nextScenario(attempt)!;
        const play = pick(plays.get(scenarioId)!);
        attempt = recordCall(attempt, play.report, { scenarioTitle: titles.get(scenarioId)!, startedAt: time(m), endedAt: time(m + 5), durationMs: 300_000 });
        send(attempt.calls.at(-1)!, play.lines, track.name);
        m += 6;
      }
      records.push(open ? attempt : finishAttempt(attempt, time(m)));
    }
    // Built as makeExport builds it, without checking again every record the builders above just checked.
    exports.push({ format: RECORD_FORMATS.export, version: RECORD_VERSION, exportedAt: time(TEN_WEEKS), traineeId, candidate, records });
  }
  return { exports, statements, tracks, stories, groups, calls };
}

/**
 * The summary computed straight from the generated records, as files would give it, with the same story techniques and filter.
 * Records carry no LMS account, so a filter by homePage keeps that group's trainees by name.
 */
export function expectedSummary(cohort: GeneratedCohort, filter: CohortFilter = {}): CohortSummary {
  const { calls, attempts } = cohortOfExports(cohort.exports);
  const { homePage, ...rest } = filter;
  const group = homePage === undefined ? {} : { names: [...cohort.groups].filter(([, page]) => page === homePage).map(([name]) => name) };
  const kept = filterCohort(calls, attempts, { ...rest, ...group });
  return summarize(kept.calls, kept.attempts, techniqueIndex((id) => cohort.stories.get(id)));
}

/**
 * A summary with what only tells the sources apart taken out: files key a trainee by the browser's trainee id, an LRS by the LMS
 * account, and only the LRS knows the chosen lines' texts. Every figure stays.
 */
export function comparable(summary: CohortSummary): unknown {
  return {
    ...summary,
    trainees: summary.trainees.map(({ key: _key, traineeId: _id, homePage: _home, ...rest }) => rest),
    triggers: summary.triggers.map((t) => ({ ...t, by: t.by.map(({ name, count }) => ({ name, count })) })),
    choicePoints: summary.choicePoints.map((p) => ({ ...p, weakLines: p.weakLines.map(({ choice, count }) => ({ choice, count })) })),
  };
}

/**
 * Post statements to an LRS in batches of `batch`. xapi-statements' in-memory store makes each batch's id map by copying it once
 * per statement and checks each batch's ids against every stored statement, so a batch costs batch² plus stored × batch: 2,000
 * statements a batch took 7 s each; a few hundred is fastest. Resolves with the milliseconds it took.
 */
export async function seedLrs(endpoint: string, auth: string, statements: readonly XapiStatement[], batch = 250): Promise<number> {
  const started = performance.now();
  const headers = { Authorization: auth, 'Content-Type': 'application/json', 'X-Experience-API-Version': '1.0.3' };
  for (let i = 0; i < statements.length; i += batch) {
    const response = await fetch(new URL('statements', endpoint), { method: 'POST', headers, body: JSON.stringify(statements.slice(i, i + batch)) });
    if (!response.ok) throw new Error(`the LRS refused statements ${i} to ${i + batch}: ${response.status} ${(await response.text()).slice(0, 300)}`);
  }
  return performance.now() - started;
}
