// First: schemas must be made without eval, which the page's Content-Security-Policy forbids.
import '../platform/zod-without-eval.ts';
import type { MapInput } from '../engine/studio/map-model.ts';
import { studioMap } from '../engine/studio/studio-map.ts';

/** A request to draw the map: its number (so the page keeps only the newest answer) and the check it is drawn from. */
export interface MapRequest {
  id: number;
  input: MapInput;
}

// Laying out a 1,000-line scenario takes long enough to be felt while typing: it runs here.
self.onmessage = (event: MessageEvent<MapRequest>) => {
  const { id, input } = event.data;
  try {
    self.postMessage({ id, map: studioMap(input) });
  } catch (error) {
    self.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
};
