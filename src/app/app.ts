import type { SavedDataStore } from '../platform/saved-data-store.ts';
import type { CallStart } from '../ui/call-controller.ts';
import type { CallKitAccess } from './call-kit-access.ts';
import type { PracticeRecords } from './practice-records.ts';
import type { RecordsAccess } from './records-access.ts';
import type { Reporting } from './reporting.ts';
import type { Navigator } from './router.ts';
import type { StoryLibrary } from './story-library.ts';

/** What one screen may hand the next: how a call begins (a retry, a replay) when it is not resumed. */
export interface Intent {
  start: CallStart;
}

/** What every screen may use: shared services only, never another screen's state. */
export interface App {
  stories: StoryLibrary;
  saves: SavedDataStore;
  nav: Navigator<Intent>;
  /** where screens are shown */
  root: HTMLElement;
  /** put a screen on show and move focus to its heading */
  show(screen: HTMLElement): void;
  /** report a problem that does not stop the screen, until dismissed */
  problem(message: string): void;
  kit: CallKitAccess;
  records: RecordsAccess;
  practice: PracticeRecords;
  reporting: Reporting;
  /** the content hash of every bundled scenario's compiled story */
  storyHashes(): Readonly<Record<string, string>>;
  now(): string;
}
