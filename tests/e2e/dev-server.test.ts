import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { fixtureSource } from '../helpers/fixtures.ts';
import { openPage, type TestPage } from './browser.ts';
import { playToDebrief, startCall, testScenario } from './call-steps.ts';
import { startDev, type PreviewServer } from './preview-server.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const scenario = testScenario();
const servers: PreviewServer[] = [];
const folders: string[] = [];
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

afterAll(() => {
  servers.forEach((s) => s.stop());
  folders.forEach((f) => rmSync(f, { recursive: true, force: true }));
});

/** The text of Vite's error overlay, or null when the page shows none. */
/** A Vite config in `folder` that serves the app with its stories read from `stories`; returns its path. */
function devConfig(folder: string, stories: string): string {
  const config = join(folder, 'vite.config.ts');
  const plugin = resolve(ROOT, 'src/build/ink-stories-plugin.ts');
  writeFileSync(
    config,
    `import { defineConfig } from 'vite';\nimport { inkStories } from ${JSON.stringify(plugin)};\n` +
      `export default defineConfig({ root: ${JSON.stringify(ROOT)}, plugins: [inkStories(${JSON.stringify(stories)})] });\n`,
  );
  return config;
}

function overlayText(t: TestPage): Promise<string | null> {
  return t.page.evaluate(() => document.querySelector('vite-error-overlay')?.shadowRoot?.textContent ?? null);
}

describe('npm start (the Vite dev server)', () => {
  it('serves a working app on a fresh start: the menu, a call, the debrief', async () => {
    const server = await startDev([]);
    servers.push(server);
    open = await openPage();
    const t = open;
    await t.page.goto(server.url, { waitUntil: 'commit', timeout: 120_000 });
    // The first load of a fresh dev server optimizes dependencies and may reload once.
    await t.page.waitForSelector(`[data-scenario="${scenario}"] [data-action="start"]`, { timeout: 180_000 });
    expect(await overlayText(t)).toBeNull();
    await t.shot('dev-menu');
    await startCall(t.page, scenario);
    await playToDebrief(t.page);
    expect(await t.page.locator('.debrief [data-score="overall"]').count()).toBe(1);
    expect(await overlayText(t)).toBeNull();
    await t.shot('dev-debrief');
    expect(t.errors).toEqual([]);
    // A fresh dev server checks every scenario and optimizes its dependencies on the first load.
  }, 300_000);

  it('shows a scenario\'s checker error in the overlay with its file, line and message', async () => {
    const base = join(ROOT, 'test-results');
    mkdirSync(base, { recursive: true });
    const folder = mkdtempSync(join(base, 'dev-stories-'));
    folders.push(folder);
    const stories = join(folder, 'stories');
    mkdirSync(stories);
    writeFileSync(join(stories, 'dead-end.ink'), fixtureSource('dead-end.ink'));
    const config = devConfig(folder, stories);
    const server = await startDev(['--config', config]);
    servers.push(server);
    open = await openPage();
    await open.page.goto(server.url, { waitUntil: 'commit', timeout: 120_000 });
    await open.page.waitForSelector('vite-error-overlay', { timeout: 180_000 });
    const text = await overlayText(open);
    expect(text).toContain('dead-end.ink:16: error [dead_end] content runs out here');
    await open.shot('dev-overlay-checker-error');
  }, 300_000);

  it('saves a new scenario from the studio into stories/, where the menu finds it after a reload, and the studio reopens it', async () => {
    const base = join(ROOT, 'test-results');
    mkdirSync(base, { recursive: true });
    const folder = mkdtempSync(join(base, 'dev-studio-'));
    // Vite's watcher ignores test-results/, and the menu must see the saved file: the stories live in the system's temporary folder.
    const stories = mkdtempSync(join(tmpdir(), 'frontline-dev-stories-'));
    folders.push(folder, stories);
    writeFileSync(join(stories, 'tiny.ink'), fixtureSource('tiny.ink'));
    const config = devConfig(folder, stories);
    const server = await startDev(['--config', config]);
    servers.push(server);
    const t = (open = await openPage({ width: 1400, height: 900 }));
    await t.page.goto(`${server.url}#/studio`, { waitUntil: 'commit', timeout: 120_000 });
    // The first load of a fresh dev server optimizes the studio's dependencies and may reload once.
    await t.page.waitForSelector('.studio[data-checked]', { timeout: 180_000 });
    await t.page.click('[data-action="new"]');
    await t.page.waitForFunction(() => document.querySelector('[data-file]')?.textContent === 'stories/new-scenario.ink');
    await t.page.locator('.cm-line', { hasText: '# title: The Cold Pizza' }).click();
    await t.page.keyboard.press('End');
    await t.page.keyboard.type(' Deluxe');
    const reloaded = t.page.waitForEvent('load', { timeout: 60_000 });
    await t.page.click('[data-action="save"]');
    const saved = join(stories, 'new-scenario.ink');
    await expect.poll(() => existsSync(saved) && readFileSync(saved, 'utf8').split('\n')[0], { timeout: 30_000 }).toBe('# title: The Cold Pizza Deluxe');

    // The dev server reloads the page for the new scenario; the studio opens it again, as saved.
    await reloaded;
    await t.page.waitForSelector('.cm-line', { timeout: 60_000 });
    expect(await t.page.locator('[data-file]').textContent()).toBe('stories/new-scenario.ink');
    expect(await t.page.locator('.cm-line').first().textContent()).toBe('# title: The Cold Pizza Deluxe');
    expect(await t.page.locator('[data-action="restore"]').count()).toBe(0);
    await t.page.goto(server.url);
    await t.page.waitForSelector('[data-scenario="new-scenario"]', { timeout: 60_000 });
    expect(await t.page.locator('[data-scenario="new-scenario"] h3').textContent()).toBe('The Cold Pizza Deluxe');
    expect(await overlayText(t)).toBeNull();
    expect(t.errors).toEqual([]);
  }, 400_000);
});
