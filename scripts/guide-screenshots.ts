// Takes the trainer's guide's screenshots of the studio (docs/images/studio-*.png) from a fresh build: `npx tsx scripts/guide-screenshots.ts`.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { openPage } from '../tests/e2e/browser.ts';
import { startPreview, viteBuild } from '../tests/e2e/preview-server.ts';
import { clickLineEnd, openStudio } from '../tests/e2e/studio-steps.ts';

const IMAGES = resolve(import.meta.dirname, '../docs/images');
const DIST = 'test-results/guide-dist';

await viteBuild(['--outDir', DIST, '--emptyOutDir']);
const server = await startPreview(['--outDir', DIST]);
const t = await openPage({ width: 1440, height: 900 });
const shot = (name: string) => t.page.screenshot({ path: join(IMAGES, `${name}.png`) });
try {
  mkdirSync(IMAGES, { recursive: true });
  await openStudio(t.page, server.url, 'missing-order');
  await t.page.waitForSelector('.studio-status:has-text("Checked in")', { timeout: 60_000 });
  await shot('studio-overview');
  // The panels beside the editor: the preview, the branch map and the numbers.
  await t.page.locator('.studio-panels').screenshot({ path: join(IMAGES, 'studio-panels.png') });

  // A misspelt tag: marked as it is typed, then reported at its line once the check runs.
  await clickLineEnd(t.page, 'The phone rings. #sfx:ring #narration');
  await t.page.keyboard.type(' #sfxx:ring');
  await t.page.waitForSelector('.studio-problem[data-code="bad_tag"]', { timeout: 60_000 });
  await t.page.locator('.cm-lint-marker-error').first().hover();
  await t.page.waitForTimeout(600);
  await shot('studio-unknown-tag');
  for (let i = 0; i < ' #sfxx:ring'.length; i++) await t.page.keyboard.press('Backspace');
  await t.page.waitForSelector('.studio-status:has-text("Checked in"):has-text("0 errors")', { timeout: 60_000 });

  // Completion: knots and stitches after ->, tag names after #, trigger and technique ids after #trigger: and #technique:.
  await t.page.locator('.cm-line', { hasText: '-> opening' }).first().click();
  await t.page.keyboard.press('End');
  await t.page.keyboard.press('Enter');
  await t.page.keyboard.type('-> ');
  await t.page.keyboard.press('Control+Space');
  await t.page.waitForSelector('.cm-tooltip-autocomplete');
  await shot('studio-completion');
  await t.page.keyboard.press('Escape');
} finally {
  await t.close();
  server.stop();
}
