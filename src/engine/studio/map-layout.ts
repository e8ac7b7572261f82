import { Graph, layout } from '@dagrejs/dagre';
import { GRADE_MARKS } from './choice-grade.ts';
import type { MapEdge, MapModel, MapNode } from './map-model.ts';

/** A box placed on the map: its centre and size. */
export interface PlacedNode {
  node: MapNode;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** An arrow placed on the map: its polyline, and the centre of its label. */
export interface PlacedEdge {
  edge: MapEdge;
  points: { x: number; y: number }[];
  /** the label as drawn: the grade's symbol, then the shortened line */
  caption: string;
  labelX: number;
  labelY: number;
  labelWidth: number;
}

/** The map laid out, top to bottom. */
export interface MapLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
}

const NODE_WIDTH = 232;
const NODE_HEIGHT = 48;
/** An average character's width at the label's font size, to size labels without measuring text. */
const CHAR_WIDTH = 6.4;
const LABEL_HEIGHT = 18;

/** The label drawn on an arrow: the grade's symbol (so it reads without colour) and the shortened line. */
function edgeCaption(edge: MapEdge): string {
  if (edge.label === '') return '';
  return edge.grade ? `${GRADE_MARKS[edge.grade].symbol} ${edge.label}` : edge.label;
}

/** Lay the map out with dagre: ranks top to bottom, each arrow's label placed as dagre places it. */
export function layOutMap(model: MapModel): MapLayout {
  const graph = new Graph({ multigraph: true });
  graph.setGraph({ rankdir: 'TB', nodesep: 28, ranksep: 40, edgesep: 12, marginx: 16, marginy: 16 });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const node of model.nodes) graph.setNode(node.id, { width: NODE_WIDTH, height: NODE_HEIGHT });
  const captions = new Map<string, string>();
  for (const edge of model.edges) {
    const caption = edgeCaption(edge);
    captions.set(edge.id, caption);
    const width = caption === '' ? 0 : Math.ceil(caption.length * CHAR_WIDTH) + 12;
    graph.setEdge(edge.from, edge.to, { width, height: caption === '' ? 0 : LABEL_HEIGHT, labelpos: 'c' }, edge.id);
  }
  layout(graph);
  const nodes = model.nodes.map((node) => {
    const placed = graph.node(node.id);
    return { node, x: placed.x ?? 0, y: placed.y ?? 0, width: NODE_WIDTH, height: NODE_HEIGHT };
  });
  const edges = model.edges.map((edge) => {
    const placed = graph.edge(edge.from, edge.to, edge.id);
    return {
      edge,
      points: (placed.points ?? []).map((p: { x: number; y: number }) => ({ x: p.x, y: p.y })),
      caption: captions.get(edge.id)!,
      labelX: placed.x ?? 0,
      labelY: placed.y ?? 0,
      labelWidth: placed.width ?? 0,
    };
  });
  const size = graph.graph();
  return { width: Math.ceil(size.width ?? 0), height: Math.ceil(size.height ?? 0), nodes, edges };
}
