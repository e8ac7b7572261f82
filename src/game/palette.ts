/** Colours of the drawn workstation. */
export const PALETTE = {
  wall: 0x22313f,
  wallLight: 0x2e4254,
  desk: 0x6b4c35,
  deskEdge: 0x4a3424,
  bezel: 0x161a21,
  screen: 0xf3f6f9,
  bar: 0x1f5d8c,
  barText: '#ffffff',
  ink: '#1d2733',
  muted: '#5b6875',
  line: 0xcfd8e0,
  skin: 0xe2b48e,
  skinShade: 0xc99872,
  hair: 0x3a281d,
  shirt: 0x3f7f6e,
  eye: 0x1d2733,
  blush: 0xd9534f,
  sweat: 0x7cc3f0,
  live: 0x2e9e5b,
  ringing: 0xe0a31a,
  hold: 0x8c6bd1,
  ended: 0x9aa5b1,
} as const;

/** Meter colour for a mood from −5 to 5: red through amber to green. */
export function moodColor(mood: number): number {
  const stops: [number, number, number][] = [
    [0xc0, 0x39, 0x2b],
    [0xe0, 0xa3, 0x1a],
    [0x2e, 0x9e, 0x5b],
  ];
  const t = (Math.max(-5, Math.min(5, mood)) + 5) / 10;
  const [a, b, f] = t < 0.5 ? [stops[0]!, stops[1]!, t * 2] : [stops[1]!, stops[2]!, (t - 0.5) * 2];
  const mix = (i: number) => Math.round(a[i]! + (b[i]! - a[i]!) * f);
  return (mix(0) << 16) | (mix(1) << 8) | mix(2);
}
