import { chooseVoice, prosodyFor } from '../engine/voice/caller-voice.ts';

/** A customer line being spoken: how far the speech has got, and when it ends. */
export interface SpokenLine {
  /**
   * Characters of the line said so far: to the end of the word being said when the synthesizer
   * reports word boundaries; before any boundary, at the speaking pace from the moment the speech
   * started (some voices give no boundaries); 0 until it starts.
   */
  spoken(): number;
  /** resolves when the line has been spoken, cancelled or failed */
  finished: Promise<void>;
  /** stop speaking this line */
  stop(): void;
}

/** Characters per second of ordinary speech at rate 1 (about 160 words a minute). */
const SPEECH_CHARS_PER_SECOND = 14;

/**
 * Speaks the customer's lines with the system's speech synthesis: one voice, chosen from the
 * scenario and the customer, kept for the whole call; rate and pitch follow the mood of each line.
 */
export class CallerVoice {
  private voice: SpeechSynthesisVoice | undefined;
  private readonly onVoices = () => {
    this.pickVoice();
    this.onVoicesListed();
  };

  constructor(
    private readonly synth: SpeechSynthesis,
    /** the scenario and customer, e.g. "missing-order/Dana Reyes" */
    private readonly key: string,
    private readonly volume: () => number,
    /** the system listed its voices (they load late in Chromium) */
    private readonly onVoicesListed: () => void,
  ) {
    this.pickVoice();
    // Chromium lists its voices only after they load.
    synth.addEventListener?.('voiceschanged', this.onVoices);
  }

  /** The voice the customer speaks with, once the system has listed one. */
  get voiceName(): string | undefined {
    return this.voice?.name;
  }

  /** Speak a line at the mood it is said in; any line still being spoken stops first. */
  speak(text: string, mood: number): SpokenLine {
    this.synth.cancel();
    const utterance = new SpeechSynthesisUtterance(text);
    if (this.voice) {
      utterance.voice = this.voice;
      utterance.lang = this.voice.lang;
    }
    const { rate, pitch } = prosodyFor(mood);
    utterance.rate = rate;
    utterance.pitch = pitch;
    utterance.volume = this.volume();
    let spoken: number | undefined;
    let started: number | undefined;
    utterance.addEventListener('start', () => (started = performance.now()));
    utterance.addEventListener('boundary', (event) => {
      // A boundary marks the start of the next word: everything before it and that word is being said.
      const rest = text.slice(event.charIndex);
      const length = event.charLength || (rest.match(/^\S*/)?.[0].length ?? 0);
      spoken = Math.max(spoken ?? 0, event.charIndex + length);
    });
    const finished = new Promise<void>((resolve) => {
      utterance.addEventListener('end', () => resolve());
      utterance.addEventListener('error', () => resolve());
    });
    this.synth.speak(utterance);
    const paced = () => (started === undefined ? 0 : Math.floor(((performance.now() - started) / 1000) * SPEECH_CHARS_PER_SECOND * rate));
    return { spoken: () => spoken ?? paced(), finished, stop: () => this.synth.cancel() };
  }

  /** Stop speaking and stop listening (the call is left). */
  dispose(): void {
    this.synth.removeEventListener?.('voiceschanged', this.onVoices);
    this.synth.cancel();
  }

  private pickVoice(): void {
    // Kept for the whole call once chosen, even if the system lists more voices later.
    if (this.voice) return;
    const voices = this.synth.getVoices();
    const index = chooseVoice(this.key, voices);
    if (index !== undefined) this.voice = voices[index];
  }
}

/** The system's speech synthesis, when the browser has it. */
export function systemSpeech(): SpeechSynthesis | undefined {
  return typeof globalThis.speechSynthesis === 'object' && typeof globalThis.SpeechSynthesisUtterance === 'function' ? globalThis.speechSynthesis : undefined;
}
