import type { StudioCheckResult } from '../engine/studio/studio-check.ts';

/**
 * What the studio page offers the panels beside its editor (the branch map, the preview and the
 * numbers): the checker's results as they come, and a way to show a source line.
 */
export interface StudioHost {
  /** the newest result, if a check has finished */
  latest(): StudioCheckResult | undefined;
  /** called with each new result, for the text as it is now; never with a stale one */
  onResult(listener: (result: StudioCheckResult) => void): void;
  /** put the editor's cursor on this 1-based source line, scroll to it and focus the editor */
  reveal(line: number): void;
}

/** Where the panels go: each is an empty element under its section's heading. */
export interface PanelMounts {
  map: HTMLElement;
  preview: HTMLElement;
  numbers: HTMLElement;
}
