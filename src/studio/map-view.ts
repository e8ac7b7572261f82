import { GRADE_MARKS } from '../engine/studio/choice-grade.ts';
import type { PlacedEdge, PlacedNode } from '../engine/studio/map-layout.ts';
import { pathOnMap, type MapNode } from '../engine/studio/map-model.ts';
import type { StudioMap } from '../engine/studio/studio-map.ts';
import { shorten } from '../engine/studio/shorten.ts';
import { h, svg } from '../ui/dom.ts';
import './studio-panels.css';

/** What a box is, in its corner (problems say it in their badge instead). */
const KIND_SHORT: Record<MapNode['kind'], string> = {
  start: '',
  choice: 'choice',
  ending: 'ending',
  dead_end: '',
  loop: '',
  error: '',
  unreachable: '',
};

/** The badge a box carries, so that its kind reads without colour. */
const KIND_BADGE: Partial<Record<MapNode['kind'], string>> = {
  dead_end: '⚠ DEAD END',
  loop: '⚠ LOOP',
  error: '⚠ ERROR',
  unreachable: '⊘ UNREACHABLE',
};

const ZOOMS = [0.5, 0.75, 1] as const;

/**
 * The branch map drawn as SVG: boxes for choice points, endings and problems, arrows for the
 * lines on offer, each labelled with its grade's symbol and the line shortened. Boxes are
 * buttons: a click, or Enter or Space on the focused box, opens its source line; the arrow keys
 * move between boxes (one tab stop for the whole map).
 */
export class MapView {
  readonly element: HTMLElement;
  private readonly canvas = h('div', { class: 'map-canvas' });
  private readonly status = h('p', { class: 'map-status', attrs: { role: 'status' } });
  private readonly boxes = new Map<string, SVGGElement>();
  private readonly arrows = new Map<string, SVGGElement>();
  private placed: PlacedNode[] = [];
  private map: StudioMap | undefined;
  private path: readonly number[] = [];
  private zoom: number = ZOOMS[1];
  private readonly zoomLabel = h('span', { class: 'map-zoom-level' }, '75 %');

  constructor(private readonly onOpenLine: (line: number) => void) {
    const zoomButton = (words: string, step: number) =>
      h('button', { class: 'secondary small', attrs: { type: 'button' }, on: { click: () => this.setZoom(step) } }, words);
    this.element = h(
      'div',
      { class: 'studio-map-panel' },
      h('div', { class: 'panel-tools' }, this.legend(), h('div', { class: 'map-zoom', attrs: { role: 'group', 'aria-label': 'Map size' } }, zoomButton('Zoom out', -1), this.zoomLabel, zoomButton('Zoom in', 1))),
      this.status,
      this.canvas,
    );
  }

  /** Draw a map; the path being previewed stays highlighted. */
  show(map: StudioMap): void {
    this.map = map;
    this.draw();
    const problems = map.model.nodes.filter((n) => KIND_BADGE[n.kind] !== undefined).length;
    const words = [`${map.model.nodes.filter((n) => n.kind === 'choice').length} choice points`, `${map.model.nodes.filter((n) => n.kind === 'ending').length} endings`];
    if (problems > 0) words.push(`${problems} marked problem${problems === 1 ? '' : 's'}`);
    this.setStatus(`${words.join(', ')}.${map.model.complete ? '' : ' The check stopped at its budget: part of the story is not on the map.'}`);
  }

  /** Say why the map is not up to date (the source does not compile, say); the last map stays. */
  setStatus(words: string): void {
    this.status.textContent = words;
  }

  /** Highlight the boxes and arrows along these choices (0-based, authored order), as the preview plays them. */
  highlight(choices: readonly number[]): void {
    this.path = [...choices];
    if (!this.map) return;
    const { nodes, edges } = pathOnMap(this.map.model, choices);
    for (const [id, box] of this.boxes) box.classList.toggle('on-path', nodes.has(id));
    for (const [id, arrow] of this.arrows) {
      arrow.classList.toggle('on-path', edges.has(id));
      // Drawn last, the path's arrows lie on top of the others.
      if (edges.has(id)) arrow.parentNode?.appendChild(arrow);
    }
    const last = [...nodes].at(-1);
    for (const [id, box] of this.boxes) box.classList.toggle('current', id === last);
    const current = this.placed.find((p) => p.node.id === last);
    // Keep the box the preview stands on (the start, before any choice) in view.
    if (current) this.reveal(current);
  }

  /** Scroll the map (not the page) so that a box is in view. */
  private reveal(placed: PlacedNode): void {
    const { canvas, zoom } = this;
    const left = (placed.x - placed.width / 2) * zoom;
    const top = (placed.y - placed.height / 2) * zoom;
    if (left < canvas.scrollLeft || left + placed.width * zoom > canvas.scrollLeft + canvas.clientWidth) canvas.scrollLeft = left - canvas.clientWidth / 2 + (placed.width * zoom) / 2;
    if (top < canvas.scrollTop || top + placed.height * zoom > canvas.scrollTop + canvas.clientHeight) canvas.scrollTop = top - canvas.clientHeight / 2;
  }

  private draw(): void {
    const map = this.map!;
    // A redraw keeps the focus on the same box, when it is still on the map.
    const focused = [...this.boxes].find(([, box]) => box === document.activeElement)?.[0];
    const { layout } = map;
    this.boxes.clear();
    this.arrows.clear();
    this.placed = [...layout.nodes].sort((a, b) => a.y - b.y || a.x - b.x);
    const arrowHead = (id: string) =>
      svg('marker', { id, viewBox: '0 0 10 10', refX: 9, refY: 5, markerWidth: 10, markerHeight: 10, markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse' }, svg('path', { d: 'M0,0 L10,5 L0,10 z' }));
    const drawing = svg(
      'svg',
      {
        class: 'map-svg',
        width: Math.round(layout.width * this.zoom),
        height: Math.round(layout.height * this.zoom),
        viewBox: `0 0 ${layout.width} ${layout.height}`,
        role: 'group',
        'aria-label': 'Branch map: use the arrow keys to move between boxes, Enter to open a box’s line in the editor',
      },
      svg('defs', {}, arrowHead('map-arrow'), arrowHead('map-arrow-on')),
      svg('g', { class: 'map-edges', 'aria-hidden': 'true' }, ...layout.edges.map((edge) => this.arrow(edge))),
      svg('g', { class: 'map-nodes' }, ...this.placed.map((node, i) => this.box(node, i === 0))),
    );
    drawing.addEventListener('keydown', (event) => this.onKey(event));
    this.canvas.replaceChildren(drawing);
    this.highlight(this.path);
    if (focused !== undefined && this.boxes.has(focused)) this.focusBox(focused);
  }

  private arrow(placed: PlacedEdge): SVGGElement {
    const { edge } = placed;
    const points = placed.points.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    const group = svg('g', { class: `map-edge${edge.grade ? ` grade-${edge.grade}` : ''}` }, svg('polyline', { points, 'marker-end': 'url(#map-arrow)' }));
    if (placed.caption !== '') {
      const mark = edge.grade ? `${GRADE_MARKS[edge.grade].symbol} ${GRADE_MARKS[edge.grade].words}` : '';
      group.append(
        svg('title', {}, `${edge.text}\n${mark}: ${edge.ratings}${edge.line === undefined ? '' : `\nline ${edge.line}`}`),
        svg('rect', { x: placed.labelX - placed.labelWidth / 2, y: placed.labelY - 9, width: placed.labelWidth, height: 18, rx: 4, class: 'map-label-bg' }),
        svg('text', { x: placed.labelX, y: placed.labelY + 4, 'text-anchor': 'middle', class: 'map-label' }, placed.caption),
      );
      const line = edge.line;
      if (line !== undefined) group.addEventListener('click', () => this.onOpenLine(line));
    }
    this.arrows.set(edge.id, group);
    return group;
  }

  private box(placed: PlacedNode, first: boolean): SVGGElement {
    const { node, x, y, width, height } = placed;
    const badge = KIND_BADGE[node.kind];
    const title = shorten(badge ? `${badge} · ${node.title}` : node.title, 24);
    // The box is named by the words it shows (no aria-label), so speech input can name it as it reads.
    const corner = [KIND_SHORT[node.kind], node.line === undefined ? '' : `line ${node.line}`].filter(Boolean).join(' · ');
    const group = svg(
      'g',
      {
        class: `map-node kind-${node.kind}`,
        role: 'button',
        tabindex: first ? 0 : -1,
        'data-node': node.id,
        'data-line': node.line ?? '',
        transform: `translate(${(x - width / 2).toFixed(1)},${(y - height / 2).toFixed(1)})`,
      },
      svg('rect', { width, height, rx: node.kind === 'ending' || node.kind === 'start' ? 18 : 4 }),
      svg('text', { x: 10, y: 18, class: 'map-node-title' }, title),
      svg('text', { x: width - 10, y: 18, 'text-anchor': 'end', class: 'map-node-corner' }, corner),
      svg('text', { x: 10, y: 36, class: 'map-node-detail' }, node.detail),
    );
    const open = () => {
      if (node.line !== undefined) this.onOpenLine(node.line);
    };
    group.addEventListener('click', open);
    group.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        open();
      }
    });
    this.boxes.set(node.id, group);
    return group;
  }

  /** Arrow keys move the focus to the nearest box that way. */
  private onKey(event: KeyboardEvent): void {
    const direction = { ArrowUp: [0, -1], ArrowDown: [0, 1], ArrowLeft: [-1, 0], ArrowRight: [1, 0] }[event.key];
    const from = this.placed.find((p) => this.boxes.get(p.node.id) === document.activeElement);
    if (!direction || !from) return;
    event.preventDefault();
    const [dx, dy] = direction as [number, number];
    let best: PlacedNode | undefined;
    let bestScore = Infinity;
    for (const to of this.placed) {
      const along = (to.x - from.x) * dx + (to.y - from.y) * dy;
      if (to === from || along <= 0) continue;
      const across = Math.abs((to.x - from.x) * dy) + Math.abs((to.y - from.y) * dx);
      const score = along + 2 * across;
      if (score < bestScore) [best, bestScore] = [to, score];
    }
    if (!best) return;
    this.focusBox(best.node.id);
  }

  private focusBox(id: string): void {
    for (const [other, box] of this.boxes) box.setAttribute('tabindex', other === id ? '0' : '-1');
    const box = this.boxes.get(id)!;
    box.focus({ preventScroll: true });
    this.reveal(this.placed.find((p) => p.node.id === id)!);
  }

  private setZoom(step: number): void {
    const at = ZOOMS.indexOf(this.zoom as (typeof ZOOMS)[number]);
    this.zoom = ZOOMS[Math.max(0, Math.min(ZOOMS.length - 1, at + step))]!;
    this.zoomLabel.textContent = `${Math.round(this.zoom * 100)} %`;
    if (this.map) this.draw();
  }

  private legend(): HTMLElement {
    const item = (grade: keyof typeof GRADE_MARKS) => h('li', { class: `grade-${grade}` }, h('span', { class: 'legend-mark', attrs: { 'aria-hidden': 'true' } }, GRADE_MARKS[grade].symbol), ` ${GRADE_MARKS[grade].words}`);
    return h('ul', { class: 'map-legend', attrs: { 'aria-label': 'What the marks on the arrows mean' } }, item('best'), item('fair'), item('poor'), item('trap'));
  }
}
