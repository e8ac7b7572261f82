import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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
    const config = join(folder, 'vite.config.ts');
    const plugin = resolve(ROOT, 'src/build/ink-stories-plugin.ts');
    writeFileSync(
      config,
      `import { defineConfig } from 'vite';\nimport { inkStories } from ${JSON.stringify(plugin)};\n` +
        `export default defineConfig({ root: ${JSON.stringify(ROOT)}, plugins: [inkStories(${JSON.stringify(stories)})] });\n`,
    );
    const server = await startDev(['--config', config]);
    servers.push(server);
    open = await openPage();
    await open.page.goto(server.url, { waitUntil: 'commit', timeout: 120_000 });
    await open.page.waitForSelector('vite-error-overlay', { timeout: 180_000 });
    const text = await overlayText(open);
    expect(text).toContain('dead-end.ink:16: error [dead_end] content runs out here');
    await open.shot('dev-overlay-checker-error');
  }, 300_000);
});
