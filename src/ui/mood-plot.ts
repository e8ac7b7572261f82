import { h, signed, svg } from './dom.ts';

const W = 560;
const H = 180;
const PAD = { left: 34, right: 12, top: 12, bottom: 24 };

/** The customer's mood over the call as an SVG line plot, with a dot at each of the trainee's lines. */
export function renderMoodPlot(points: readonly { mood: number; agent: boolean }[]): HTMLElement {
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (points.length <= 1 ? innerW / 2 : (i / (points.length - 1)) * innerW);
  const y = (mood: number) => PAD.top + ((5 - mood) / 10) * innerH;
  const grid = [-5, 0, 5].flatMap((m) => [
    svg('line', { x1: PAD.left, x2: W - PAD.right, y1: y(m), y2: y(m), class: m === 0 ? 'axis zero' : 'axis' }),
    svg('text', { x: PAD.left - 6, y: y(m) + 4, 'text-anchor': 'end', class: 'tick' }, signed(m)),
  ]);
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i).toFixed(1)},${y(p.mood).toFixed(1)}`).join(' ');
  const dots = points.flatMap((p, i) => (p.agent ? [svg('circle', { cx: x(i), cy: y(p.mood), r: 4, class: 'choice-dot' })] : []));
  const first = points[0]?.mood ?? 0;
  const last = points.at(-1)?.mood ?? 0;
  const low = Math.min(...points.map((p) => p.mood));
  const high = Math.max(...points.map((p) => p.mood));
  const summary = `Mood went from ${signed(first)} to ${signed(last)}; lowest ${signed(low)}, highest ${signed(high)}.`;
  return h(
    'figure',
    { class: 'mood-plot' },
    svg(
      'svg',
      { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': summary },
      ...grid,
      svg('text', { x: PAD.left, y: H - 6, class: 'tick' }, 'start of call'),
      svg('text', { x: W - PAD.right, y: H - 6, class: 'tick', 'text-anchor': 'end' }, 'end'),
      svg('path', { d: path, class: 'mood-line' }),
      ...dots,
    ),
    h('figcaption', {}, `Customer mood over the call (−5 furious … +5 delighted). Dots mark your lines. ${summary}`),
  );
}
