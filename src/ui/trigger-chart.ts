import { h, svg } from './dom.ts';

const W = 560;
const ROW = 26;
const LABEL = 170;
const PAD = 8;

/** The most used trigger phrases as an SVG bar chart, longest bar first, with a text summary for screen readers. */
export function renderTriggerChart(triggers: readonly { id: string; count: number }[]): HTMLElement {
  const most = Math.max(1, ...triggers.map((t) => t.count));
  const H = PAD * 2 + triggers.length * ROW;
  const barW = W - LABEL - PAD * 2 - 40;
  const bars = triggers.flatMap((t, i) => {
    const y = PAD + i * ROW;
    const width = Math.max(2, (t.count / most) * barW);
    return [
      svg('text', { x: LABEL - 8, y: y + ROW / 2 + 4, 'text-anchor': 'end', class: 'bar-label' }, t.id),
      svg('rect', { x: LABEL, y: y + 4, width: width.toFixed(1), height: ROW - 8, rx: 3, class: 'bar-fill', 'data-trigger': t.id, 'data-count': t.count }),
      svg('text', { x: LABEL + width + 6, y: y + ROW / 2 + 4, class: 'bar-value' }, String(t.count)),
    ];
  });
  const summary = triggers.map((t) => `${t.id} ${t.count}`).join(', ');
  return h(
    'figure',
    { class: 'trigger-chart' },
    svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Trigger phrases used, most first: ${summary}.` }, ...bars),
    h('figcaption', {}, 'How many chosen lines used each trigger phrase, across the cohort.'),
  );
}
