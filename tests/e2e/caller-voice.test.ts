import { afterEach, describe, expect, inject, it } from 'vitest';
import { chooseVoice, prosodyFor } from '../../src/engine/voice/caller-voice.ts';
import { openPage, type TestPage } from './browser.ts';
import { nextStep } from './call-steps.ts';

const appUrl = inject('appUrl');
let open: TestPage | undefined;

afterEach(async () => {
  await open?.close();
  open = undefined;
});

const VOICES = [
  { name: 'Zoe', lang: 'en-GB' },
  { name: 'Klaus', lang: 'de-DE' },
  { name: 'Adam', lang: 'en-US' },
  { name: 'Maya', lang: 'en-IN' },
];

interface Spoken {
  text: string;
  voice: string | undefined;
  rate: number;
  pitch: number;
}

/**
 * A stand-in for the browser's speech synthesis (headless Chromium has no voices): it lists
 * VOICES (or none), records what is spoken and cancelled, and moves on only when the test says:
 * `step(n)` fires n word boundaries of the line being spoken, `finish()` ends it.
 */
async function stubSpeech(t: TestPage, voices: readonly { name: string; lang: string }[]): Promise<void> {
  await t.context.addInitScript((list) => {
    class Utterance extends EventTarget {
      voice: { name: string } | null = null;
      lang = '';
      rate = 1;
      pitch = 1;
      volume = 1;
      constructor(public text: string) {
        super();
      }
    }
    let current: { utterance: Utterance; words: RegExpMatchArray[]; next: number } | undefined;
    const log = { spoken: [] as unknown[], cancels: 0 };
    const fire = (utterance: Utterance, type: string, props: object = {}) => utterance.dispatchEvent(Object.assign(new Event(type), props));
    class Synth extends EventTarget {
      getVoices() {
        return list.map((v) => ({ ...v, voiceURI: v.name, localService: true, default: false }));
      }
      speak(utterance: Utterance) {
        log.spoken.push({ text: utterance.text, voice: utterance.voice?.name, rate: utterance.rate, pitch: utterance.pitch });
        current = { utterance, words: [...utterance.text.matchAll(/\S+/g)], next: 0 };
      }
      cancel() {
        log.cancels += 1;
        if (current) fire(current.utterance, 'error', { error: 'canceled' });
        current = undefined;
      }
    }
    Object.defineProperty(window, 'speechSynthesis', { value: new Synth(), configurable: true });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
    Object.assign(window, {
      speechLog: log,
      speechStep: (n: number) => {
        for (let i = 0; i < n && current && current.next < current.words.length; i++) {
          const word = current.words[current.next++]!;
          fire(current.utterance, 'boundary', { name: 'word', charIndex: word.index, charLength: word[0].length });
        }
      },
      speechFinish: () => {
        if (current) fire(current.utterance, 'end');
        current = undefined;
      },
    });
  }, voices);
}

const spoken = (t: TestPage) => t.page.evaluate(() => (window as unknown as { speechLog: { spoken: Spoken[] } }).speechLog.spoken);
const cancels = (t: TestPage) => t.page.evaluate(() => (window as unknown as { speechLog: { cancels: number } }).speechLog.cancels);
const waitSpoken = (t: TestPage, count: number) => t.page.waitForFunction((n) => (window as unknown as { speechLog: { spoken: unknown[] } }).speechLog.spoken.length >= n, count);
const finish = (t: TestPage) => t.page.evaluate(() => (window as unknown as { speechFinish(): void }).speechFinish());

describe('the caller’s voice in Chromium (stubbed speech synthesis)', () => {
  it('speaks a phone caller’s lines in one voice chosen for the customer, at the mood’s rate and pitch, the text in step with the words, and stops on leaving', async () => {
    open = await openPage({ reducedMotion: false });
    const t = open;
    await stubSpeech(t, VOICES);
    await t.page.goto(appUrl);
    await t.page.click('[data-scenario="missing-order"] [data-action="start"]');
    await waitSpoken(t, 1);
    const [first] = await spoken(t);
    expect(first!.text).toMatch(/^Thank God! I finally got through to someone\./);
    expect(first!.voice).toBe(VOICES[chooseVoice('missing-order/Dana Reyes', VOICES)!]!.name);
    // The Missing Bottles opens with Dana at mood −2.
    expect({ rate: first!.rate, pitch: first!.pitch }).toEqual(prosodyFor(-2));

    // The line on screen follows the words spoken: three boundaries, three words shown.
    await t.page.evaluate(() => (window as unknown as { speechStep(n: number): void }).speechStep(3));
    await t.page.waitForFunction(() => document.querySelector('.transcript .line.customer:last-child .line-text')?.textContent === 'Thank God! I');
    expect(await t.page.locator('[data-setting="voice"]').isChecked()).toBe(true);
    await t.shot('caller-voice-speaking');
    await finish(t);
    await waitSpoken(t, 2);
    expect(await t.page.locator('.transcript .line.customer .line-text').first().textContent()).toBe(first!.text);
    await finish(t);
    expect(await nextStep(t.page)).toBe('choices');

    // An apology lifts her mood to −1: the next line is spoken a little slower and higher, in the same voice.
    await t.page.keyboard.press(String((await t.page.locator('.choice-text').allTextContents()).findIndex((s) => s.startsWith("I'm sorry about that.")) + 1));
    await waitSpoken(t, 3);
    const after = (await spoken(t))[2]!;
    expect(after.text).toMatch(/^Oh\. Okay\./);
    expect(after.voice).toBe(first!.voice);
    expect({ rate: after.rate, pitch: after.pitch }).toEqual(prosodyFor(-1));

    const before = await cancels(t);
    await t.page.click('[data-action="leave"]');
    await t.page.waitForSelector('[data-scenario="missing-order"]');
    expect(await cancels(t)).toBeGreaterThan(before);
    expect(t.errors).toEqual([]);
  });

  it('keeps chat, email and social calls silent', async () => {
    open = await openPage({ reducedMotion: false });
    const t = open;
    await stubSpeech(t, VOICES);
    await t.page.goto(appUrl);
    await t.page.click('[data-scenario="public-complaint"] [data-action="start"]');
    await nextStep(t.page, true);
    expect(await spoken(t)).toEqual([]);
    expect(await t.page.locator('[data-setting="voice"]').count()).toBe(0);
  });

  it('stays off under reduced motion until the trainee turns it on, and says so when the system has no voice', async () => {
    open = await openPage();
    const t = open;
    await stubSpeech(t, VOICES);
    await t.page.goto(appUrl);
    await t.page.click('[data-scenario="missing-order"] [data-action="start"]');
    await nextStep(t.page);
    expect(await spoken(t)).toEqual([]);
    expect(await t.page.locator('[data-setting="voice"]').isChecked()).toBe(false);
    await t.page.check('[data-setting="voice"]');
    await t.page.locator('.choice', { hasText: "I'm sorry about that." }).click();
    await waitSpoken(t, 1);
    expect((await spoken(t))[0]!.text).toMatch(/^Oh\. Okay\./);

    const silent = await openPage();
    try {
      await stubSpeech(silent, []);
      await silent.page.goto(appUrl);
      await silent.page.click('[data-scenario="missing-order"] [data-action="start"]');
      await nextStep(silent.page);
      expect(await silent.page.locator('[data-setting="voice"]').isDisabled()).toBe(true);
      expect(await silent.page.locator('[data-voice="none"]').textContent()).toBe('No voice is available on this system: the caller’s lines are shown only.');
      await silent.shot('caller-voice-none', false);
    } finally {
      await silent.close();
    }
  });
});
