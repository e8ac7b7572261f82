import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, type TestPage } from './browser.ts';
import { playToDebrief, startCall, testScenario } from './call-steps.ts';

const appUrl = inject('appUrl');
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

describe('a full browser storage in Chromium', () => {
  it('tells the trainee in words what a practice call could not save, once each, and the call still plays to its debrief', async () => {
    const t = (open = await openPage());
    // From the first script on, every localStorage write and every IndexedDB put fails as a full quota does.
    await t.context.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
      IDBObjectStore.prototype.put = () => {
        throw new DOMException('', 'QuotaExceededError');
      };
    });
    await t.page.goto(appUrl);
    await startCall(t.page, testScenario());
    const title = (await t.page.locator('#call-heading').textContent())!.trim();
    await playToDebrief(t.page);
    const notices = await t.page.locator('[data-notice="problem"] p').allTextContents();
    const full = 'this browser’s storage for Frontline is full';
    expect(notices.filter((n) => n.startsWith('Your place in'))).toEqual([expect.stringMatching(new RegExp(`^Your place in “${title}” could not be saved: ${full}\\. The call goes on, but if you leave or reload the page it cannot be resumed\\. To make room, `))]);
    expect(notices.filter((n) => n.startsWith('Your new best score'))).toEqual([expect.stringContaining(`could not be saved: ${full}, so the menu still shows the old one.`)]);
    expect(notices.filter((n) => n.includes('could not be added to your history'))).toEqual([expect.stringContaining(`could not be added to your history: ${full}. Its debrief opens until you close this page`)]);
    expect(notices.join('\n')).not.toMatch(/: \./);
    expect(title).not.toBe('');
    await t.page.waitForSelector('.debrief');
    await t.shot('storage-full-debrief');
    expect(t.errors).toEqual([]);
  });
});
