import type { ScenarioHeader } from '../engine/schema/tags.ts';
import type { Scenario } from '../ui/call-controller.ts';

/** A scenario as the menu knows it: its header and hash now, its compiled story on demand. */
export interface StoryEntry {
  id: string;
  header: ScenarioHeader;
  /** the content hash of the compiled story, computed at build time */
  hash: string;
  load(): Promise<string>;
}

/**
 * The bundled scenarios. Each compiled story is a chunk of its own, fetched the first time it is
 * played (or replayed, or reported), so the menu does not wait for every story.
 */
export class StoryLibrary {
  private readonly loaded = new Map<string, Promise<Scenario>>();

  constructor(readonly entries: readonly StoryEntry[]) {}

  find(id: string): StoryEntry | undefined {
    return this.entries.find((entry) => entry.id === id);
  }

  /** The content hash of every scenario's compiled story. */
  hashes(): Readonly<Record<string, string>> {
    return Object.fromEntries(this.entries.map((entry) => [entry.id, entry.hash]));
  }

  /** A scenario ready to play; rejects with a message in words when it cannot be fetched. */
  load(id: string): Promise<Scenario> {
    const entry = this.find(id);
    if (!entry) return Promise.reject(new Error(`there is no scenario “${id}” in this version of Frontline`));
    let scenario = this.loaded.get(id);
    if (!scenario) {
      scenario = entry.load().then(
        (json) => ({ id: entry.id, header: entry.header, json }),
        (error: unknown) => {
          // Let the next attempt fetch it again (a dropped connection, say).
          this.loaded.delete(id);
          throw new Error(`“${entry.header.title}” could not be loaded (${(error as Error).message}); check the connection and try again`);
        },
      );
      this.loaded.set(id, scenario);
    }
    return scenario;
  }
}
