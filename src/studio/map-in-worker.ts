import type { MapInput } from '../engine/studio/map-model.ts';
import type { StudioMap } from '../engine/studio/studio-map.ts';
import type { MapRequest } from './map-worker.ts';

type MapReply = { id: number; map: StudioMap } | { id: number; error: string };

/**
 * Lays out the branch map in a Web Worker. Only the newest request is answered: a map asked for
 * while the trainer kept typing is dropped once a newer one is asked for.
 */
export class MapLayouter {
  private worker: Worker | undefined;
  private next = 0;
  private waiting: { id: number; resolve: (map: StudioMap | undefined) => void; reject: (error: Error) => void } | undefined;

  /** The map of this check; undefined when a newer request replaced it; rejects in words when the worker fails. */
  request(input: MapInput): Promise<StudioMap | undefined> {
    this.waiting?.resolve(undefined);
    const id = ++this.next;
    return new Promise((resolve, reject) => {
      this.waiting = { id, resolve, reject };
      this.start().postMessage({ id, input } satisfies MapRequest);
    });
  }

  /** Stop the worker (the studio was left). */
  stop(): void {
    this.worker?.terminate();
    this.worker = undefined;
    this.waiting?.resolve(undefined);
    this.waiting = undefined;
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./map-worker.ts', import.meta.url), { type: 'module', name: 'frontline-studio-map' });
    worker.onmessage = (event: MessageEvent<MapReply>) => {
      const waiting = this.waiting;
      if (!waiting || waiting.id !== event.data.id) return;
      this.waiting = undefined;
      if ('map' in event.data) waiting.resolve(event.data.map);
      else waiting.reject(new Error(`the map could not be drawn (${event.data.error})`));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      this.worker?.terminate();
      this.worker = undefined;
      this.waiting?.reject(new Error(`the map could not be drawn (${event.message || 'the map worker stopped; it may have run out of memory'})`));
      this.waiting = undefined;
    };
    this.worker = worker;
    return worker;
  }
}
