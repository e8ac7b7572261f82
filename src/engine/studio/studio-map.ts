import { layOutMap, type MapLayout } from './map-layout.ts';
import { buildMapModel, type MapInput, type MapModel } from './map-model.ts';

/** The branch map, built and laid out. */
export interface StudioMap {
  model: MapModel;
  layout: MapLayout;
}

/** Build the branch map from a check and lay it out: the work the map worker does off the page's thread. */
export function studioMap(input: MapInput): StudioMap {
  const model = buildMapModel(input);
  return { model, layout: layOutMap(model) };
}
