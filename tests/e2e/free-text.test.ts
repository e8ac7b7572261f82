import { afterEach, describe, expect, inject, it } from 'vitest';
import { openPage, type TestPage } from './browser.ts';
import { choiceAt, cliPlay, nextStep, sayLine, startCall } from './call-steps.ts';

const appUrl = inject('appUrl');
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

// Typed at the first and third choice points of The Missing Bottles; the other points pick lines.
const APOLOGY = "I'm so sorry about that, I'd be glad to help. What's the order number?";
const REFLECT = 'So sorry. Two bottles missing, one that looks off, and you fly Saturday. Let me fix that.';
const SCRIPT = ['--say', APOLOGY, '--choose', '3', '--say', REFLECT, '--choose', '2,3,1'];

interface TypedChoice {
  text: string;
  typed?: { takenAs: number; similarity: number; reason: string };
}

/** Type a reply into the call's text box and send it with Enter. */
async function typeReply(t: TestPage, reply: string): Promise<void> {
  await t.page.fill('#reply-text', reply);
  await t.page.press('#reply-text', 'Enter');
}

describe('typed replies in Chromium', () => {
  it('rates a typed reply, takes it as the expected line, refuses one that fits none, and shows it in the debrief as frontline play --say does', async () => {
    const expected = cliPlay('missing-order', SCRIPT) as ReturnType<typeof cliPlay> & { choices: TypedChoice[] };
    expect(expected.path).toEqual([3, 3, 1, 2, 3, 1]);
    open = await openPage();
    const t = open;
    await t.page.goto(appUrl);
    await startCall(t.page, 'missing-order');
    expect(await t.page.locator('.reply-box:not([hidden]) label').textContent()).toBe('Or say it in your own words');

    // A reply that fits no line: refused in words, kept to rephrase, and the lines stay on offer.
    await typeReply(t, 'Our summer sale starts next week, would you like to hear about it?');
    await t.page.waitForSelector('.reply-refused:not([hidden])');
    expect(await t.page.locator('.reply-refused').textContent()).toMatch(/not close enough to any line on offer.*Rephrase it, or pick a line\./);
    expect(await t.page.locator('.choices-box:not([hidden]) .choice').count()).toBe(3);
    await t.shot('free-text-refused');

    await typeReply(t, APOLOGY);
    await t.page.waitForSelector('.coaching:not([hidden]) .taken-as');
    const coach = t.page.locator('.coaching');
    expect(await coach.locator('.taken-as').getAttribute('data-taken-as')).toBe('3');
    expect(await coach.locator('.taken-as').textContent()).toContain("“I'm sorry about that. I'd be happy to help! Can I have your order number?”");
    expect(await coach.locator('.taken-reason').textContent()).toBe(expected.choices[0]!.typed!.reason);
    expect(await coach.locator('.chip[data-rubric="empathy"]').getAttribute('data-rating')).toBe(String((expected.choices[0] as unknown as { ratings: Record<string, number> }).ratings.empathy));
    expect(await coach.locator('.evidence mark').allTextContents()).toContain('so sorry');
    // The transcript keeps the trainee's own words; the customer answers the line it was taken as.
    expect(await t.page.locator('.transcript .line.agent .line-text').allTextContents()).toEqual([APOLOGY]);
    await nextStep(t.page);
    await t.shot('free-text-taken');

    await sayLine(t.page, choiceAt(expected, 1));
    await nextStep(t.page);
    await typeReply(t, REFLECT);
    await t.page.waitForSelector('.coaching:not([hidden]) .taken-as[data-taken-as="1"]');
    for (let step = 3; step < expected.path.length; step++) {
      expect(await nextStep(t.page)).toBe('choices');
      await sayLine(t.page, choiceAt(expected, step));
    }
    expect(await nextStep(t.page)).toBe('ended');
    await t.page.click('[data-action="debrief"]');
    await t.page.waitForSelector('.debrief');

    for (const [key, value] of Object.entries(expected.scores)) {
      expect(await t.page.locator(`[data-score="${key}"]`).getAttribute('data-value'), key).toBe(value === null ? 'not-assessed' : String(value));
    }
    const typed = t.page.locator('.review[data-typed="true"]');
    expect(await typed.count()).toBe(2);
    expect(await typed.first().locator('blockquote').textContent()).toBe(APOLOGY);
    expect(await typed.first().locator('.typed-label').textContent()).toBe('In your own words');
    expect(await typed.first().locator('.taken-as').getAttribute('data-taken-as')).toBe('3');
    expect(await typed.first().locator('.evidence').textContent()).toMatch(/sorry/);
    expect(await typed.nth(1).locator('.taken-as').getAttribute('data-taken-as')).toBe('1');
    await typed.first().scrollIntoViewIfNeeded();
    await t.shot('free-text-debrief');
    expect(t.errors).toEqual([]);
  });

  it('hides the lines for the whole call when asked, remembers it, and then the text box is the only way to answer', async () => {
    open = await openPage();
    const t = open;
    await t.page.goto(appUrl);
    await startCall(t.page, 'missing-order');
    await t.page.check('[data-setting="hide-lines"]');
    expect(await t.page.locator('.choices-box').isHidden()).toBe(true);
    expect(await t.page.locator('.reply-box label').textContent()).toBe('What do you say? Type your reply');
    // Number keys no longer pick a hidden line.
    await t.page.locator('.transcript-box').focus();
    await t.page.keyboard.press('1');
    expect(await t.page.locator('.transcript .line.agent').count()).toBe(0);
    await t.page.click('[data-action="leave"]');
    await t.page.reload();
    await t.page.click('[data-scenario="irate-caller"] [data-action="start"]');
    await t.page.waitForSelector('.reply-box:not([hidden])');
    expect(await t.page.isChecked('[data-setting="hide-lines"]')).toBe(true);
    expect(await t.page.locator('.choices-box').isHidden()).toBe(true);
    expect(await t.page.evaluate(() => document.activeElement?.id)).toBe('reply-text');
    await t.shot('free-text-hidden-lines');
    await typeReply(t, "I can hear how upset you are, and I'm sorry you've had to call three times. Let's sort it out.");
    await t.page.waitForSelector('.coaching:not([hidden]) .taken-as[data-taken-as="4"]');
    expect(t.errors).toEqual([]);
  });
});
