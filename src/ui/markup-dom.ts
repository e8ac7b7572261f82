import type { Markup } from '../engine/cohort/markup.ts';
import { h, svg } from './dom.ts';

const SVG_TAGS = new Set(['svg', 'g', 'rect', 'line', 'polyline', 'path', 'text', 'title', 'circle', 'pattern', 'defs']);

/** Engine markup (a chart) as DOM, through the UI's own element helpers: text stays text. */
export function markupDom(node: Markup | string): Node {
  if (typeof node === 'string') return document.createTextNode(node);
  const children = (node.children ?? []).map(markupDom);
  if (SVG_TAGS.has(node.tag)) return svg(node.tag as 'g', node.attrs ?? {}, ...children);
  return h(node.tag as 'div', { attrs: node.attrs ?? {} }, ...children);
}
