/** What the speech synthesizer tells about one of its voices. */
export interface VoiceInfo {
  name: string;
  lang: string;
}

/** FNV-1a: a small, stable string hash (the same key picks the same voice on every run). */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash;
}

/**
 * The voice a customer speaks with: the same for the same scenario and customer on the same
 * system, whatever order the system lists its voices in. English voices first (the scenarios
 * are written in English); any voice when the system has none. Undefined when it has no voice.
 */
export function chooseVoice(key: string, voices: readonly VoiceInfo[]): number | undefined {
  const english = voices.map((voice, index) => ({ voice, index })).filter(({ voice }) => /^en\b/i.test(voice.lang));
  const pool = (english.length > 0 ? english : voices.map((voice, index) => ({ voice, index }))).sort((a, b) =>
    a.voice.name === b.voice.name ? a.voice.lang.localeCompare(b.voice.lang) : a.voice.name.localeCompare(b.voice.name),
  );
  if (pool.length === 0) return undefined;
  return pool[fnv1a(key) % pool.length]!.index;
}

/** How the customer's mood sounds: rate and pitch as SpeechSynthesisUtterance takes them (1 is the voice's own). */
export interface Prosody {
  rate: number;
  pitch: number;
}

/**
 * Rate and pitch from the mood (−5 … +5): an angry caller talks faster and lower and clipped, a
 * pleased one a little slower and brighter. Kept within ±20 % so every voice stays intelligible.
 */
export function prosodyFor(mood: number): Prosody {
  const m = Math.max(-5, Math.min(5, mood));
  const round = (value: number) => Math.round(value * 100) / 100;
  return { rate: round(1 - 0.04 * m), pitch: round(1 + 0.03 * m) };
}
