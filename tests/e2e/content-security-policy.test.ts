import { afterEach, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/build/content-security-policy.ts';
import { cspViolations, openPage, type TestPage } from './browser.ts';
import { playToDebrief, startCall, testScenario } from './call-steps.ts';

const appUrl = inject('appUrl');
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('the Content-Security-Policy of the built app in Chromium', () => {
  it('is set by the built page and enforced: an injected inline script does not run and is reported', async () => {
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await t.page.waitForSelector('.menu');
    const policy = await t.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toBe(contentSecurityPolicy());
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )object-src 'none'(;|$)/);
    expect(policy).toMatch(/(^|; )base-uri 'none'(;|$)/);
    expect(await cspViolations(t.page)).toEqual([]);

    const ran = await t.page.evaluate(async () => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedRan = true;';
      document.head.append(script);
      await new Promise((resolve) => setTimeout(resolve, 50));
      return (window as unknown as { injectedRan?: boolean }).injectedRan === true;
    });
    expect(ran).toBe(false);
    await expect.poll(() => cspViolations(t.page)).toEqual([expect.stringMatching(/^script-src-elem refused inline/)]);
  });

  it('lets a practice call play through to the debrief with no violation', async () => {
    const t = (open = await openPage());
    await t.page.goto(appUrl);
    await startCall(t.page, testScenario());
    await playToDebrief(t.page);
    expect(await cspViolations(t.page)).toEqual([]);
    expect(t.errors).toEqual([]);
  });
});
