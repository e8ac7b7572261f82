import type { SoundCue } from '../engine/schema/tags.ts';

/** Sample rate of the synthesized cues: plenty for telephone-band sounds, and small. */
export const CUE_SAMPLE_RATE = 22_050;

type Voice = (t: number) => number;

const TAU = Math.PI * 2;
const sine = (hz: number): Voice => (t) => Math.sin(TAU * hz * t);

/** A smooth on/off envelope so no cue clicks at its edges. */
function gate(t: number, start: number, end: number, fade = 0.01): number {
  if (t < start || t > end) return 0;
  return Math.min(1, (t - start) / fade, (end - t) / fade);
}

/** A deterministic noise source (xorshift), so every build makes byte-identical cues. */
function noise(seed: number): () => number {
  let x = seed;
  return () => {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    return ((x >>> 0) / 0xffffffff) * 2 - 1;
  };
}

function render(seconds: number, voice: Voice): Float32Array {
  const out = new Float32Array(Math.round(seconds * CUE_SAMPLE_RATE));
  for (let i = 0; i < out.length; i++) out[i] = voice(i / CUE_SAMPLE_RATE);
  return out;
}

/** North-American ring: 440 Hz + 480 Hz, two short bursts. */
function ring(): Float32Array {
  return render(2.2, (t) => 0.3 * (sine(440)(t) + sine(480)(t)) * (gate(t, 0, 0.8) + gate(t, 1.2, 2.0)));
}

/** Handset lifted: a damped low thump and a short click. */
function pickup(): Float32Array {
  const hiss = noise(7);
  return render(0.25, (t) => 0.6 * Math.exp(-t * 30) * sine(120)(t) + 0.25 * gate(t, 0, 0.02, 0.002) * hiss());
}

/** Hung up: a click, then three busy-signal beeps (480 + 620 Hz). */
function hangup(): Float32Array {
  const hiss = noise(11);
  return render(1.6, (t) => {
    const click = 0.3 * gate(t, 0, 0.03, 0.003) * hiss();
    const beeps = gate(t, 0.3, 0.55) + gate(t, 0.8, 1.05) + gate(t, 1.3, 1.55);
    return click + 0.22 * beeps * (sine(480)(t) + sine(620)(t));
  });
}

/** Hold music: a gentle four-note arpeggio of soft sine bells. */
function hold(): Float32Array {
  const notes = [523.25, 659.25, 783.99, 659.25];
  return render(2.4, (t) => {
    const step = Math.min(notes.length - 1, Math.floor(t / 0.6));
    const local = t - step * 0.6;
    return 0.35 * Math.exp(-local * 4) * (sine(notes[step]!)(t) + 0.3 * sine(notes[step]! * 2)(t));
  });
}

/** Someone typing: short filtered-noise key clicks at uneven intervals. */
function typing(): Float32Array {
  const hiss = noise(3);
  const keys = [0, 0.11, 0.19, 0.34, 0.42, 0.5, 0.67, 0.75, 0.9, 0.98];
  let last = 0;
  return render(1.1, (t) => {
    const key = keys.find((k) => t >= k && t < k + 0.025);
    const raw = key === undefined ? 0 : Math.exp(-(t - key) * 180) * hiss();
    last = 0.6 * last + 0.4 * raw;
    return 0.9 * last;
  });
}

/** A new message: two bell tones a fifth apart. */
function chime(): Float32Array {
  return render(1.0, (t) => 0.3 * (Math.exp(-t * 5) * sine(880)(t) + (t > 0.12 ? Math.exp(-(t - 0.12) * 5) * sine(1318.5)(t) : 0)));
}

/** How each sound cue of the conventions is synthesized. */
export const CUE_RECIPES: Record<SoundCue, () => Float32Array> = { ring, pickup, hangup, hold, typing, chime };
