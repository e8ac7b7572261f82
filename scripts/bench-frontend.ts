// Front-end bench: builds the app, serves `vite preview`, and measures cold loads in headless Chromium.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../tests/e2e/chromium.ts';
import { startPreview, viteBuild } from '../tests/e2e/preview-server.ts';

const RUNS = 5;
const FRAME_WINDOW_MS = 10_000;
const FRAME_PROBE = `new Promise((done) => {
  const deltas = [];
  let last = performance.now();
  const end = last + WINDOW;
  const frame = (now) => { deltas.push(now - last); last = now; if (now < end) requestAnimationFrame(frame); else done(deltas); };
  requestAnimationFrame(frame);
})`;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

async function withPage<T>(reducedMotion: 'reduce' | 'no-preference', use: (page: import('playwright-core').Page) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'frontline-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 720 }, reducedMotion });
  try {
    return await use(context.pages()[0] ?? (await context.newPage()));
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const markTime = (page: import('playwright-core').Page, name: string) =>
  page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout: 60_000, polling: 10 }).then((h) => h.jsonValue() as Promise<number>);

/** Build, serve and measure the front end: first-screen JS (gzip), menu and first-choice times (median of cold loads), p95 frame time of the call scene. */
export async function benchFrontend(): Promise<Record<string, number | string>> {
  ensureChromium();
  const dist = mkdtempSync(join(tmpdir(), 'frontline-bench-dist-'));
  await viteBuild(['--outDir', dist, '--emptyOutDir']);
  const server = await startPreview(['--outDir', dist]);
  try {
    const menuMs: number[] = [];
    const choiceMs: number[] = [];
    let firstScreenGzip = 0;
    for (let run = 0; run < RUNS; run++) {
      await withPage('reduce', async (page) => {
        const scripts: string[] = [];
        let menuReady = false;
        page.on('request', (request) => {
          if (!menuReady && request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
        });
        await page.goto(server.url, { waitUntil: 'commit' });
        const menu = await markTime(page, 'frontline:menu-ready');
        menuReady = true;
        await page.click('.scenario [data-action="start"]');
        const choice = await markTime(page, 'frontline:choices-shown');
        menuMs.push(menu);
        choiceMs.push(choice);
        firstScreenGzip = scripts.reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
      });
    }
    const frames = await withPage('no-preference', async (page) => {
      await page.goto(server.url);
      await page.click('.scenario [data-action="start"]');
      await page.waitForSelector('.transcript .line');
      // A string, not a function: tsx would wrap a function with helpers the page does not have.
      return page.evaluate(FRAME_PROBE.replace('WINDOW', String(FRAME_WINDOW_MS))) as Promise<number[]>;
    });
    return {
      first_screen_js_gzip_kb: round(firstScreenGzip / 1024),
      menu_interactive_ms_median: round(median(menuMs)),
      first_choice_ms_median: round(median(choiceMs)),
      call_frame_p95_ms: round(percentile(frames, 95)),
      call_frames_measured: frames.length,
      cold_runs: RUNS,
      note: 'cold loads of the vite preview build, fresh profile each; first choice with reduced motion (no typing-out), clicked as soon as the menu is ready',
    };
  } finally {
    server.stop();
    rmSync(dist, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchFrontend(), null, 2));
}
