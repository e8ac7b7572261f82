import type { Page } from 'playwright-core';

/** Open the studio on a shipped scenario and wait for its first check to finish. */
export async function openStudio(page: Page, appUrl: string, id: string): Promise<void> {
  await page.goto(`${appUrl}#/studio/${id}`);
  await page.waitForSelector('.studio .cm-content');
  await page.waitForSelector('.studio[data-checked]', { timeout: 60_000 });
}

/** The editor's line (1-based) that holds this text: click its end, ready to type. */
export async function clickLineEnd(page: Page, text: string): Promise<void> {
  await page.locator('.cm-line', { hasText: text }).first().click();
  await page.keyboard.press('End');
}

/** The problems list as the trainer reads it: `LINE severity [code]` per problem. */
export function problems(page: Page): Promise<string[]> {
  return page.locator('.studio-problem').evaluateAll((items) => items.map((li) => `${li.getAttribute('data-line')} ${li.classList.contains('studio-error') ? 'error' : 'warning'} [${li.getAttribute('data-code')}]`));
}

