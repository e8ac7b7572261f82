import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { unzipSync } from 'fflate';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scormPackage } from '../../src/build/scorm-package.ts';
import type { AttemptRecord } from '../../src/engine/records/attempt-record.ts';
import { parseTrack } from '../../src/engine/schema/track.ts';
import { learnerKey } from '../../src/engine/scorm/scorm-start.ts';
import { SUSPEND_DATA_LIMIT, unpackSuspendData } from '../../src/engine/scorm/suspend-data.ts';
import { compileInk } from '../../src/engine/story/compile.ts';
import { contentHash } from '../../src/engine/hash.ts';
import { shippedRubrics } from '../helpers/rubrics.ts';
import { cspViolations, openPage, type TestPage } from './browser.ts';
import { choiceAt, cliPlay, nextStep, sayLine, type Surface } from './call-steps.ts';
import { FOUNDATIONS, playCall } from './certification-steps.ts';
import { viteBuild } from './preview-server.ts';
import { startScormLms, type ScormLms } from './scorm-lms.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIST = 'test-results/scorm-dist';
const COURSE = resolve(ROOT, 'test-results/scorm-course');
const TRACK = resolve(ROOT, 'stories/foundations.track.json');
/** SCORM's timeinterval: ISO 8601 duration, seconds to at most two decimals. */
const TIME_INTERVAL = /^P(\d+Y)?(\d+M)?(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d{1,2})?S)?)?$/;

type Cmi = { completion_status: string; success_status: string; exit: string; session_time: string; suspend_data: string; progress_measure: string; score: Record<'scaled' | 'raw' | 'min' | 'max', string> };
type LmsCall = { name: string; element?: string; result: string; error: string };

let lms: ScormLms;
let open: TestPage | undefined;

beforeAll(async () => {
  // As `npm run build:scorm` does: the app with relative paths, zipped with its manifest; then unzipped as an LMS would.
  await viteBuild(['--base', './', '--outDir', DIST, '--emptyOutDir']);
  rmSync(COURSE, { recursive: true, force: true });
  for (const [name, bytes] of Object.entries(unzipSync(scormPackage(resolve(ROOT, DIST))))) {
    mkdirSync(dirname(join(COURSE, name)), { recursive: true });
    writeFileSync(join(COURSE, name), bytes);
  }
  lms = await startScormLms(COURSE);
});

afterAll(async () => {
  await open?.close();
  await lms?.close();
});

/** The LMS page with the course in its iframe; `cmi` is what the LMS kept from an earlier session. */
async function launch(cmi?: Record<string, string>): Promise<{ t: TestPage; course: Frame; surface: Surface }> {
  const t = (open = await openPage());
  if (cmi) await t.page.addInitScript((kept) => Object.assign(window, { lmsCmi: kept }), cmi);
  await t.page.goto(lms.url);
  const course = (await (await t.page.waitForSelector('iframe')).contentFrame())!;
  const surface: Surface = { keyboard: t.page.keyboard, locator: course.locator.bind(course), waitForSelector: course.waitForSelector.bind(course), waitForTimeout: course.waitForTimeout.bind(course) } as Surface;
  return { t, course, surface };
}

/** The data model as the LMS holds it, write-only elements included. */
const stored = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify((window as unknown as { API_1484_11: { cmi: unknown } }).API_1484_11.cmi)) as Cmi);
const calls = (page: Page) => page.evaluate(() => (window as unknown as { lmsCalls: LmsCall[] }).lmsCalls);

/** The compiled story hash of each shipped Foundations scenario, as the app computes it. */
function shippedStoryHashes(): Record<string, string> {
  return Object.fromEntries(
    FOUNDATIONS.map((id) => {
      const compiled = compileInk(readFileSync(resolve(ROOT, 'stories', `${id}.ink`), 'utf8'));
      if (!compiled.ok) throw new Error(`${id} does not compile`);
      return [id, contentHash(compiled.json)];
    }),
  );
}

/** The attempt packed in the LMS's suspend_data. */
function kept(cmi: Cmi): AttemptRecord {
  // Read as the course does: for the LMS's learner (no learner_id here, so by name), under the rules it ships.
  const shipped = { rubricData: shippedRubrics().data, track: parseTrack(readFileSync(TRACK, 'utf8'), TRACK).track, storyHashes: shippedStoryHashes() };
  const unpacked = unpackSuspendData(cmi.suspend_data, shipped, learnerKey({ learnerId: '', learnerName: 'Hopper, Grace' }));
  if (!unpacked.ok || !('attempt' in unpacked)) throw new Error(`suspend_data does not hold an attempt: ${JSON.stringify(unpacked)}`);
  return unpacked.attempt;
}

/** Every SetValue was accepted and followed by a Commit before the session went on or ended. */
function expectCommitted(log: LmsCall[]): void {
  expect(log.filter((call) => call.result !== 'true')).toEqual([]);
  let pending = false;
  for (const call of log) {
    if (call.name === 'SetValue') pending = true;
    else if (call.name === 'Commit') pending = false;
    else expect(pending, `${call.name} after an uncommitted SetValue`).toBe(false);
  }
  expect(pending).toBe(false);
}

describe('SCORM 2004 package with scorm-again as the LMS', () => {
  it('runs a certification for the LMS learner, suspends mid-call, resumes from suspend_data in a fresh browser, and reports the result', async () => {
    const best = FOUNDATIONS.map((id) => cliPlay(id, ['--best']));
    const first = await launch();
    const manifest = await first.t.page.evaluate((xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const root = doc.documentElement;
      const sco = [...doc.getElementsByTagName('resource')].map((r) => ({ href: r.getAttribute('href'), type: r.getAttributeNS('http://www.adlnet.org/xsd/adlcp_v1p3', 'scormType') }));
      return {
        wellFormed: doc.getElementsByTagName('parsererror').length === 0,
        namespace: root.namespaceURI,
        schemaversion: doc.getElementsByTagName('schemaversion')[0]?.textContent,
        organizations: doc.getElementsByTagName('organization').length,
        sco,
        files: [...doc.getElementsByTagName('file')].map((f) => f.getAttribute('href')!),
      };
    }, readFileSync(join(COURSE, 'imsmanifest.xml'), 'utf8'));
    expect(manifest).toMatchObject({ wellFormed: true, namespace: 'http://www.imsglobal.org/xsd/imscp_v1p1', schemaversion: '2004 4th Edition', organizations: 1, sco: [{ href: 'index.html', type: 'sco' }] });
    for (const file of manifest.files) expect(readFileSync(join(COURSE, file)).length, file).toBeGreaterThan(0);
    await first.course.waitForSelector('.certification-intro');
    expect(await first.course.inputValue('#candidate-name')).toBe('Grace Hopper');
    await first.course.focus('#candidate-name');
    await first.t.page.keyboard.press('Enter');
    await playCall(first.surface, best[0]!);
    await first.t.page.keyboard.press('Enter');
    for (const step of [0, 1]) {
      expect(await nextStep(first.surface)).toBe('choices');
      await sayLine(first.surface, choiceAt(best[1]!, step));
    }
    await expect.poll(async () => kept(await stored(first.t.page)).current?.snapshot.choicePoints.length, { timeout: 10_000 }).toBe(2);
    const suspended = await stored(first.t.page);
    expect(suspended).toMatchObject({ completion_status: 'incomplete', exit: 'suspend', progress_measure: '0.25' });
    expect(suspended.suspend_data).toMatch(/^frontline2\.full\.[0-9a-f]{16}\./);
    expect(suspended.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(suspended.session_time).toMatch(TIME_INTERVAL);
    const firstLog = await calls(first.t.page);
    expect(firstLog[0]?.name).toBe('Initialize');
    expectCommitted(firstLog);
    expect(first.t.errors).toEqual([]);
    expect(await cspViolations(first.t.page)).toEqual([]);
    await first.t.close();

    // Another learner handed this learner's suspend_data (a misconfigured LMS) is refused in words, and nothing of it is stored.
    const other = await launch({ learner_name: 'Lovelace, Ada', entry: 'resume', suspend_data: suspended.suspend_data });
    await expect.poll(() => other.course.locator('[data-message]').textContent(), { timeout: 20_000 }).toContain('saved for another learner, so it was not used');
    await other.t.shot('scorm-other-learner');
    expect(other.t.errors).toEqual([]);
    await other.t.close();

    // The LMS relaunches the SCO with cmi.entry "resume" and what it kept; this browser has no records of its own.
    const second = await launch({ learner_name: 'Hopper, Grace', entry: 'resume', suspend_data: suspended.suspend_data });
    const page = second.t.page;
    expect(await nextStep(second.surface)).toBe('choices');
    expect(await second.course.locator('.transcript .line').count()).toBeGreaterThan(2);
    await playCall(second.surface, best[1]!, 2);
    await page.keyboard.press('Enter');
    for (const report of best.slice(2)) {
      await playCall(second.surface, report);
      await page.keyboard.press('Enter');
    }
    await second.course.waitForSelector('.cert-results');
    expect(await second.course.locator('[data-status]').getAttribute('data-status')).toBe('passed');
    const log = await calls(page);
    await expect.poll(() => calls(page).then((l) => l.at(-1)?.name)).toBe('Terminate');
    const result = await stored(page);
    const mean = best.reduce((sum, r) => sum + r.scores.overall, 0) / best.length;
    expect(result).toMatchObject({ completion_status: 'completed', success_status: 'passed', exit: 'normal', progress_measure: '1', score: { min: '0', max: '100' } });
    expect(Number(result.score.scaled)).toBeCloseTo(mean / 100, 3);
    expect(Number(result.score.raw)).toBeCloseTo(mean, 1);
    expect(result.session_time).toMatch(TIME_INTERVAL);
    expect(result.suspend_data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    expect(log.filter((call) => call.name === 'Initialize')).toHaveLength(1);
    expectCommitted(await calls(page));
    expect(second.t.errors).toEqual([]);
    expect(await cspViolations(page)).toEqual([]);
  });
});
