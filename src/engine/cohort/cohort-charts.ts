import type { WeekSummary } from './cohort-tally.ts';
import type { Markup } from './markup.ts';

/** One bar: its label, its length, and the value written beside it (a chart must read without its colours). */
export interface Bar {
  label: string;
  value: number;
  text: string;
}

const W = 640;
const ROW = 26;
const LABEL = 230;
const PAD = 8;

const node = (tag: string, attrs: Record<string, string | number>, ...children: (Markup | string)[]): Markup => ({ tag, attrs, children });
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** Horizontal bars, each labelled and with its value written at its end; `max` is the full length (100 for percentages). */
export function barChart(options: { id: string; caption: string; bars: readonly Bar[]; max?: number }): Markup {
  const { bars } = options;
  const most = options.max ?? Math.max(1, ...bars.map((b) => b.value));
  const height = PAD * 2 + bars.length * ROW;
  const room = W - LABEL - PAD * 2 - 70;
  const shapes = bars.flatMap((b, i) => {
    const y = PAD + i * ROW;
    const width = Math.max(2, (b.value / most) * room);
    return [
      node('text', { x: LABEL - 8, y: y + ROW / 2 + 4, 'text-anchor': 'end', class: 'bar-label' }, node('title', {}, b.label), clip(b.label, 34)),
      node('rect', { x: LABEL, y: y + 4, width: width.toFixed(1), height: ROW - 8, rx: 3, class: 'bar-fill', 'data-value': b.value }),
      node('text', { x: LABEL + width + 6, y: y + ROW / 2 + 4, class: 'bar-value' }, b.text),
    ];
  });
  const summary = bars.map((b) => `${b.label}: ${b.text}`).join('; ');
  return node(
    'figure',
    { class: 'cohort-chart', 'data-chart': options.id },
    node('svg', { viewBox: `0 0 ${W} ${height}`, role: 'img', 'aria-label': `${options.caption} ${summary}.` }, ...shapes),
    node('figcaption', {}, options.caption),
  );
}

const CHART_H = 220;
const TOP = 24;
const BOTTOM = 44;
const LEFT = 44;

/**
 * Weeks side by side: a bar per week for the number of calls (its count written on it) and a line with square markers for the mean
 * overall score (each value written above its marker), told apart by shape and by the legend's words, not by colour.
 */
export function weekChart(weeks: readonly WeekSummary[]): Markup {
  const plot = CHART_H - TOP - BOTTOM;
  const step = (W - LEFT - PAD) / Math.max(1, weeks.length);
  const most = Math.max(1, ...weeks.map((w) => w.calls));
  const y = (share: number) => TOP + plot * (1 - share);
  const shapes: Markup[] = [];
  const points: string[] = [];
  weeks.forEach((w, i) => {
    const x = LEFT + i * step;
    const h = (w.calls / most) * plot;
    shapes.push(node('rect', { x: (x + step * 0.15).toFixed(1), y: (TOP + plot - h).toFixed(1), width: (step * 0.7).toFixed(1), height: h.toFixed(1), class: 'week-calls', 'data-week': w.week, 'data-calls': w.calls }));
    shapes.push(node('text', { x: (x + step / 2).toFixed(1), y: (TOP + plot - h / 2 + 4).toFixed(1), 'text-anchor': 'middle', class: 'week-calls-value' }, String(w.calls)));
    shapes.push(node('text', { x: (x + step / 2).toFixed(1), y: CHART_H - BOTTOM + 16, 'text-anchor': 'middle', class: 'axis-label' }, w.week.slice(5)));
    const my = y(w.averageOverall / 100);
    points.push(`${(x + step / 2).toFixed(1)},${my.toFixed(1)}`);
    shapes.push(node('rect', { x: (x + step / 2 - 4).toFixed(1), y: (my - 4).toFixed(1), width: 8, height: 8, class: 'week-mean-marker', 'data-mean': w.averageOverall }));
    shapes.push(node('text', { x: (x + step / 2).toFixed(1), y: (my - 8).toFixed(1), 'text-anchor': 'middle', class: 'week-mean-value' }, `${w.averageOverall}%`));
  });
  const legend = [
    node('rect', { x: LEFT, y: CHART_H - 18, width: 14, height: 10, class: 'week-calls' }),
    node('text', { x: LEFT + 20, y: CHART_H - 9, class: 'legend' }, 'bars: calls that week (count written on the bar)'),
    node('line', { x1: LEFT + 330, y1: CHART_H - 13, x2: LEFT + 350, y2: CHART_H - 13, class: 'week-mean-line' }),
    node('rect', { x: LEFT + 336, y: CHART_H - 17, width: 8, height: 8, class: 'week-mean-marker' }),
    node('text', { x: LEFT + 356, y: CHART_H - 9, class: 'legend' }, 'line with squares: mean overall %'),
  ];
  const summary = weeks.map((w) => `week of ${w.week}: ${w.calls} calls, mean ${w.averageOverall}%`).join('; ');
  return node(
    'figure',
    { class: 'cohort-chart', 'data-chart': 'weeks' },
    node(
      'svg',
      { viewBox: `0 0 ${W} ${CHART_H}`, role: 'img', 'aria-label': `Calls and mean overall score per week: ${summary}.` },
      node('line', { x1: LEFT, y1: TOP + plot, x2: W - PAD, y2: TOP + plot, class: 'axis' }),
      ...shapes.filter((s) => s.tag === 'rect' && s.attrs?.['class'] === 'week-calls'),
      node('polyline', { points: points.join(' '), class: 'week-mean-line', fill: 'none' }),
      ...shapes.filter((s) => !(s.tag === 'rect' && s.attrs?.['class'] === 'week-calls')),
      ...legend,
    ),
    node('figcaption', {}, 'Week by week (dates are the Mondays, month-day): how many calls the cohort made and their mean overall score.'),
  );
}
