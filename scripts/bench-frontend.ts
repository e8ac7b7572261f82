// Front-end bench: builds the app and a bare Phaser page (the anchor), serves both with
// `vite preview`, and measures them side by side in headless Chromium in one run, so the
// figures can be read as ratios on this noisy machine.
import { readdirSync, readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
import { CHROMIUM, CHROMIUM_ARGS, ensureChromium } from '../tests/e2e/chromium.ts';
import { startPreview, viteBuild } from '../tests/e2e/preview-server.ts';
import { benchStudioInBrowser } from './bench-studio-browser.ts';

const RUNS = 5;
const IDLE_WINDOW_MS = 5_000;
const TALK_WINDOW_MS = 3_000;
const ANCHOR_CONFIG = 'scripts/bench-anchor/vite.config.ts';
const CLOCK_TICKS = 100; // Linux USER_HZ: /proc/<pid>/stat counts CPU time in hundredths of a second
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
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Browser {
  page: Page;
  profile: string;
}

async function withPage<T>(reducedMotion: 'reduce' | 'no-preference', use: (browser: Browser) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'frontline-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 720 }, reducedMotion });
  try {
    return await use({ page: context.pages()[0] ?? (await context.newPage()), profile });
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

const markTime = (page: Page, name: string) =>
  page.waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { timeout: 60_000, polling: 10 }).then((h) => h.jsonValue() as Promise<number>);

/** Every process of the Chromium started with `profile`: the browser (found by its profile folder) and all its descendants. */
function chromiumProcesses(profile: string): number[] {
  const parents = new Map<number, number>();
  const roots: number[] = [];
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
      if (readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(profile)) roots.push(Number(name));
    } catch {
      // The process ended while we looked: it no longer uses any CPU.
    }
  }
  const found = new Set(roots);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, parent] of parents) if (found.has(parent) && !found.has(pid)) (found.add(pid), (grew = true));
  }
  return [...found];
}

/** CPU seconds (user + system) used so far by these processes. */
function cpuSeconds(pids: number[]): number {
  let ticks = 0;
  for (const pid of pids) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
    } catch {
      // Gone: its time is lost to the sum, which only under-reports.
    }
  }
  return ticks / CLOCK_TICKS;
}

/** Over a quiet window: the main thread's busy share (Chromium's TaskDuration) and the whole browser's CPU in cores. */
async function idleCost(browser: Browser): Promise<{ busy: number; cores: number }> {
  const cdp = await browser.page.context().newCDPSession(browser.page);
  await cdp.send('Performance.enable');
  const task = async () => ((await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0);
  await sleep(1_000); // let the last transition settle
  const pids = chromiumProcesses(browser.profile);
  const [task0, cpu0, t0] = [await task(), cpuSeconds(pids), performance.now()];
  await sleep(IDLE_WINDOW_MS);
  const [task1, cpu1, t1] = [await task(), cpuSeconds(pids), performance.now()];
  const seconds = (t1 - t0) / 1000;
  return { busy: (task1 - task0) / seconds, cores: (cpu1 - cpu0) / seconds };
}

interface PageFigures {
  loadMs: number[];
  clickMs: number[];
  busy: number[];
  cores: number[];
  frames: number[];
}

/** First-screen JS (gzip bytes) at the commit before the scenario studio (f914eaf^), which issue 13 must leave unchanged. */
const FIRST_SCREEN_BEFORE_STUDIO = 52_911;

/**
 * The first screen's JS: the entry script of the built index.html and the chunks it preloads,
 * which is what the browser fetches before the menu can run. (What loads in idle time after
 * the menu shows, such as the call's kit, is not counted.)
 */
function firstScreenScripts(dist: string): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)];
  return scripts.map((m) => m[1]!.replace(/^\.?\//, ''));
}

/** The anchor: cold loads to its static scene, then its idle cost and frame times. */
async function benchAnchor(url: string): Promise<PageFigures> {
  const figures: PageFigures = { loadMs: [], clickMs: [], busy: [], cores: [], frames: [] };
  for (let run = 0; run < RUNS; run++) {
    await withPage('reduce', async (browser) => {
      await browser.page.goto(url, { waitUntil: 'commit' });
      figures.loadMs.push(await markTime(browser.page, 'anchor:ready'));
      if (run === 0) {
        const idle = await idleCost(browser);
        figures.busy.push(idle.busy);
        figures.cores.push(idle.cores);
        figures.frames = (await browser.page.evaluate(FRAME_PROBE.replace('WINDOW', String(TALK_WINDOW_MS)))) as number[];
      }
    });
  }
  return figures;
}

/** The app: cold loads to the first clickable line, then a call idle with its choices shown, then frames while the customer talks. */
async function benchApp(url: string, dist: string): Promise<PageFigures & { firstScreenGzip: number; menuMs: number[] }> {
  const figures = { loadMs: [] as number[], clickMs: [] as number[], menuMs: [] as number[], busy: [] as number[], cores: [] as number[], frames: [] as number[], firstScreenGzip: 0 };
  for (let run = 0; run < RUNS; run++) {
    await withPage('reduce', async (browser) => {
      const { page } = browser;
      await page.goto(url, { waitUntil: 'commit' });
      const menu = await markTime(page, 'frontline:menu-ready');
      const clicked = (await page.evaluate('performance.now()')) as number;
      await page.click('.scenario [data-action="start"]');
      const choice = await markTime(page, 'frontline:choices-shown');
      figures.menuMs.push(menu);
      figures.loadMs.push(choice);
      figures.clickMs.push(choice - clicked);
      if (run === 0) {
        const idle = await idleCost(browser);
        figures.busy.push(idle.busy);
        figures.cores.push(idle.cores);
      }
    });
  }
  figures.firstScreenGzip = firstScreenScripts(dist).reduce((sum, path) => sum + gzipSync(readFileSync(join(dist, path))).length, 0);
  figures.frames = await withPage('no-preference', async ({ page }) => {
    await page.goto(url);
    // A trainee who reads the menu first: the kit (drawing engine, rubrics, sounds) is made
    // meanwhile, so this measures the call itself; a click at once is measured above.
    await page.waitForSelector('.stage-host canvas', { state: 'attached', timeout: 60_000 });
    await sleep(1_000);
    await page.click('.scenario [data-action="start"]');
    // The customer's first line is being typed out: the portrait talks.
    await page.waitForSelector('.transcript .line');
    return page.evaluate(FRAME_PROBE.replace('WINDOW', String(TALK_WINDOW_MS))) as Promise<number[]>;
  });
  return figures;
}

/** Build, serve and measure the front end and the anchor in one run. */
export async function benchFrontend(): Promise<Record<string, number | string>> {
  ensureChromium();
  const dist = mkdtempSync(join(tmpdir(), 'frontline-bench-dist-'));
  const anchorDist = mkdtempSync(join(tmpdir(), 'frontline-bench-anchor-'));
  await viteBuild(['--outDir', dist, '--emptyOutDir']);
  await viteBuild(['--config', ANCHOR_CONFIG, '--outDir', anchorDist]);
  const app = await startPreview(['--outDir', dist]);
  const anchorServer = await startPreview(['--config', ANCHOR_CONFIG, '--outDir', anchorDist]);
  try {
    const anchor = await benchAnchor(anchorServer.url);
    const call = await benchApp(app.url, dist);
    const studio = await withPage('reduce', (browser) => benchStudioInBrowser(browser.page, app.url));
    const anchorBoot = median(anchor.loadMs);
    const ratio = (a: number, b: number) => `${round(a / b, 2)}×`;
    const busy = call.busy[0]!;
    return {
      first_screen_js_gzip_kb: `${round(call.firstScreenGzip / 1024)} (${round(FIRST_SCREEN_BEFORE_STUDIO / 1024)} before the studio; must not grow)`,
      anchor_boot_ms_median: round(anchorBoot),
      menu_interactive_ms_median: `${round(median(call.menuMs))} (${ratio(median(call.menuMs), anchorBoot)} the anchor's boot)`,
      first_choice_from_navigation_ms_median: `${round(median(call.loadMs))} (${ratio(median(call.loadMs), anchorBoot)} the anchor's boot; target ≤ 1000 and ≤ 2×)`,
      first_choice_from_click_ms_median: `${round(median(call.clickMs))} (${ratio(median(call.clickMs), anchorBoot)} the anchor's boot)`,
      idle_main_thread_busy: `call ${round(busy * 100)} % vs anchor ${round(anchor.busy[0]! * 100)} % (${ratio(busy, anchor.busy[0]!)}; target ≤ 1.5×)`,
      idle_chromium_cpu_cores: `call ${round(call.cores[0]!, 2)} vs anchor ${round(anchor.cores[0]!, 2)} (${ratio(call.cores[0]!, anchor.cores[0]!)})`,
      talking_frame_ms_p50_p95: `call ${round(median(call.frames))} / ${round(percentile(call.frames, 95))} vs anchor ${round(median(anchor.frames))} / ${round(percentile(anchor.frames, 95))} (target p95 ≤ 16.7)`,
      studio_check_in_browser: studio,
      cold_runs: RUNS,
      note: `cold loads of the vite preview builds, fresh profile each; first choice with reduced motion, clicked as soon as the menu is ready; idle over ${IDLE_WINDOW_MS / 1000} s with the first choices shown; frames over ${TALK_WINDOW_MS / 1000} s while the first lines are typed out, the call started after a second on the menu`,
    };
  } finally {
    app.stop();
    anchorServer.stop();
    rmSync(dist, { recursive: true, force: true });
    rmSync(anchorDist, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  console.log(JSON.stringify(await benchFrontend(), null, 2));
}
