import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { startCountingProxy, startLrs, type CountingProxy, type LocalLrs } from '../lrs/local-lrs.ts';
import { openPage, type TestPage } from './browser.ts';
import { playToDebrief, startCall, testScenario } from './call-steps.ts';

const appUrl = inject('appUrl');
let lrs: LocalLrs;
let proxy: CountingProxy;
let open: TestPage | undefined;

beforeAll(async () => {
  lrs = await startLrs();
  proxy = await startCountingProxy(() => lrs.endpoint.replace(/\/xAPI\/$/, ''));
});

afterEach(async () => {
  await open?.close();
  open = undefined;
});

afterAll(async () => {
  await proxy?.close();
  await lrs?.stop();
});

/** Open the LRS settings screen and read its outbox numbers. */
async function outbox(t: TestPage): Promise<{ queued: string; sent: string; error: string }> {
  // Re-enter the screen within the page rather than reload it: a reload while a batch is on its
  // way would send that batch again from the next page (statement ids make that harmless to an
  // LRS, but this test counts deliveries).
  await t.page.goto(`${appUrl}#/`);
  await t.page.goto(`${appUrl}#/lrs`);
  const text = (sel: string) => t.page.locator(sel).innerText();
  await t.page.locator('[data-outbox]').waitFor();
  return { queued: await text('[data-queued]'), sent: await text('[data-sent]'), error: await text('[data-last-error]') };
}

describe('LRS settings and outbox in Chromium', () => {
  it('refuses a bad endpoint, sends a practice call to the LRS once, and queues while the LRS is unreachable', async () => {
    const t = (open = await openPage());
    await t.page.goto(`${appUrl}#/lrs`);
    const fill = async (endpoint: string) => {
      await t.page.fill('input[name=endpoint]', endpoint);
      await t.page.fill('input[name=username]', 'frontline');
      await t.page.fill('input[name=password]', 'secret');
      await t.page.fill('input[name=homePage]', 'https://lms.example.com');
      await t.page.click('button[type=submit]');
    };
    await fill('not a url');
    await expect.poll(() => t.page.locator('[data-lrs-status]').innerText()).toMatch(/^Not saved: expected an http\(s\) address/);
    await fill(proxy.endpoint);
    await expect.poll(() => t.page.locator('[data-lrs-status]').innerText()).toMatch(/^Saved/);

    await t.page.goto(appUrl);
    await startCall(t.page, testScenario());
    await playToDebrief(t.page);
    await expect.poll(() => proxy.accepted.size, { timeout: 10_000 }).toBeGreaterThan(1);
    // The LRS answers before the page has marked the batch sent: wait for the outbox to say so.
    await expect.poll(async () => (await outbox(t)).queued, { timeout: 10_000 }).toBe('0');
    const first = proxy.accepted.size;
    expect(await outbox(t)).toEqual({ queued: '0', sent: String(first), error: 'none' });

    proxy.down = true;
    await t.page.goto(appUrl);
    await startCall(t.page, testScenario());
    await playToDebrief(t.page);
    await expect.poll(async () => (await outbox(t)).queued, { timeout: 10_000 }).not.toBe('0');
    expect((await outbox(t)).error).toMatch(/LRS refused the statements or could not be reached/);

    proxy.down = false;
    await t.page.click('[data-action=send-now]');
    await expect.poll(() => t.page.locator('[data-queued]').innerText(), { timeout: 10_000 }).toBe('0');
    expect(proxy.accepted.size).toBeGreaterThan(first);
    expect([...proxy.accepted.values()].every((n) => n === 1)).toBe(true);
    expect(t.errors.filter((e) => !/Failed to load resource|ERR_EMPTY_RESPONSE|net::/.test(e))).toEqual([]);
  });

  it('warns, in words, that credentials travel unencrypted to a plain http:// endpoint, and not for https://', async () => {
    const t = (open = await openPage());
    await t.page.goto(`${appUrl}#/lrs`);
    const warning = t.page.locator('[data-lrs-http-warning]');
    await t.page.locator('input[name=endpoint]').waitFor();
    expect(await warning.isVisible()).toBe(false);
    await t.page.fill('input[name=endpoint]', 'http://lrs.example.com/xapi/');
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await warning.innerText()).toMatch(/plain http:\/\/.*travel unencrypted.*lrs\.example\.com/s);
    await t.page.fill('input[name=endpoint]', 'https://lrs.example.com/xapi/');
    await expect.poll(() => warning.isVisible()).toBe(false);

    // Saved plain-http settings keep the warning when the screen is opened again.
    await t.page.fill('input[name=endpoint]', 'http://lrs.example.com/xapi/');
    await t.page.fill('input[name=homePage]', 'https://lms.example.com');
    await t.page.click('button[type=submit]');
    await expect.poll(() => t.page.locator('[data-lrs-status]').innerText()).toMatch(/^Saved/);
    await t.page.reload();
    await t.page.locator('input[name=endpoint]').waitFor();
    expect(await warning.isVisible()).toBe(true);
    await t.shot('lrs-settings-http-warning');
  });
});
