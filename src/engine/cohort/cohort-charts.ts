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

const MEAN_TOP = 24;
const MEAN_H = 70;
const BARS_TOP = MEAN_TOP + MEAN_H + 34;
const BARS_H = 120;
const CHART_H = BARS_TOP + BARS_H + 48;
const LEFT = 44;

/**
 * Weeks side by side, in two bands so that no label covers another: above, a line with square markers for the mean overall score
 * (each value written over its marker); below, a bar per week for the number of calls (its count written above it). Told apart by
 * shape, place and the legend's words, not by colour.
 */
export function weekChart(weeks: readonly WeekSummary[]): Markup {
  const step = (W - LEFT - PAD) / Math.max(1, weeks.length);
  const most = Math.max(1, ...weeks.map((w) => w.calls));
  const bars: Markup[] = [];
  const labels: Markup[] = [];
  const markers: Markup[] = [];
  const points: string[] = [];
  weeks.forEach((w, i) => {
    const mid = (LEFT + i * step + step / 2).toFixed(1);
    const h = (w.calls / most) * BARS_H;
    const base = BARS_TOP + BARS_H;
    bars.push(node('rect', { x: (LEFT + i * step + step * 0.15).toFixed(1), y: (base - h).toFixed(1), width: (step * 0.7).toFixed(1), height: h.toFixed(1), class: 'week-calls', 'data-week': w.week, 'data-calls': w.calls }));
    labels.push(node('text', { x: mid, y: (base - h - 4).toFixed(1), 'text-anchor': 'middle', class: 'week-calls-value' }, String(w.calls)));
    labels.push(node('text', { x: mid, y: base + 16, 'text-anchor': 'middle', class: 'axis-label' }, w.week.slice(5)));
    const my = MEAN_TOP + MEAN_H * (1 - w.averageOverall / 100);
    points.push(`${mid},${my.toFixed(1)}`);
    markers.push(node('rect', { x: (Number(mid) - 4).toFixed(1), y: (my - 4).toFixed(1), width: 8, height: 8, class: 'week-mean-marker', 'data-mean': w.averageOverall }));
    labels.push(node('text', { x: mid, y: (my - 8).toFixed(1), 'text-anchor': 'middle', class: 'week-mean-value' }, `${w.averageOverall}%`));
  });
  const legendY = CHART_H - 12;
  const legend = [
    node('rect', { x: LEFT, y: legendY - 9, width: 14, height: 10, class: 'week-calls' }),
    node('text', { x: LEFT + 20, y: legendY, class: 'legend' }, 'bars: calls that week'),
    node('line', { x1: LEFT + 200, y1: legendY - 4, x2: LEFT + 224, y2: legendY - 4, class: 'week-mean-line' }),
    node('rect', { x: LEFT + 208, y: legendY - 8, width: 8, height: 8, class: 'week-mean-marker' }),
    node('text', { x: LEFT + 232, y: legendY, class: 'legend' }, 'line with squares: mean overall score (0 to 100%)'),
  ];
  const summary = weeks.map((w) => `week of ${w.week}: ${w.calls} calls, mean ${w.averageOverall}%`).join('; ');
  return node(
    'figure',
    { class: 'cohort-chart', 'data-chart': 'weeks' },
    node(
      'svg',
      { viewBox: `0 0 ${W} ${CHART_H}`, role: 'img', 'aria-label': `Calls and mean overall score per week: ${summary}.` },
      node('line', { x1: LEFT, y1: MEAN_TOP + MEAN_H, x2: W - PAD, y2: MEAN_TOP + MEAN_H, class: 'axis' }),
      node('line', { x1: LEFT, y1: BARS_TOP + BARS_H, x2: W - PAD, y2: BARS_TOP + BARS_H, class: 'axis' }),
      ...bars,
      node('polyline', { points: points.join(' '), class: 'week-mean-line', fill: 'none' }),
      ...markers,
      ...labels,
      ...legend,
    ),
    node('figcaption', {}, 'Week by week (dates are the Mondays, month-day): the cohort’s mean overall score above, and how many calls it made below.'),
  );
}
