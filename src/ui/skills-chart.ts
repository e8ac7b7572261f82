import type { TechniqueSkill } from '../engine/profile/skills-profile.ts';
import { h, svg } from './dom.ts';

const W = 740;
const ROW = 30;
const LABEL = 220;
const BAR = 280;
const PAD = 8;

/** A share as the chart writes it beside its bar: "3 of 4 (75%)", or that it never came up. */
export function shareText(skill: Pick<TechniqueSkill, 'best' | 'chances' | 'share'>): string {
  return skill.share === null ? 'not met yet' : `${skill.best} of ${skill.chances} (${Math.round(skill.share * 100)}%)`;
}

/**
 * Per technique, the share of best lines as a bar over a 0–100% track, the value written beside
 * it: readable without colour. The weakest technique's row is marked with a word, not a hue.
 */
export function renderSkillsChart(skills: readonly TechniqueSkill[], weakest: string | undefined, caption: string): HTMLElement {
  const H = PAD * 2 + skills.length * ROW;
  const rows = skills.flatMap((skill, i) => {
    const y = PAD + i * ROW;
    const width = skill.share === null ? 0 : Math.max(2, skill.share * BAR);
    const mark = skill.id === weakest ? ' ◀ weakest' : '';
    return [
      svg('text', { x: LABEL - 8, y: y + ROW / 2 + 5, 'text-anchor': 'end', class: 'bar-label' }, skill.label),
      svg('rect', { x: LABEL, y: y + 6, width: BAR, height: ROW - 12, class: 'bar-track' }),
      skill.share !== null && svg('rect', { x: LABEL, y: y + 6, width: width.toFixed(1), height: ROW - 12, class: 'bar-fill', 'data-technique': skill.id, 'data-share': skill.share.toFixed(3) }),
      svg('text', { x: LABEL + BAR + 8, y: y + ROW / 2 + 5, class: 'bar-value' }, `${shareText(skill)}${mark}`),
    ];
  });
  const summary = skills.map((s) => `${s.label}: ${shareText(s)}`).join('; ');
  return h(
    'figure',
    { class: 'skills-chart' },
    // On a narrow screen the chart keeps a readable size and scrolls sideways (by keyboard too).
    h('div', { class: 'chart-scroll', attrs: { tabindex: 0, role: 'region', 'aria-label': 'Best lines per technique (scrolls sideways)' } }, svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-label': `Best lines picked, per technique: ${summary}.` }, ...rows)),
    h('figcaption', {}, caption),
  );
}
