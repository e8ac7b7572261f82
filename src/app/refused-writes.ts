import { MAKE_ROOM } from '../platform/storage-problem.ts';
import { STORAGE_KEYS } from '../platform/storage-keys.ts';
import type { WriteWatcher } from '../platform/storage.ts';

/** What was not saved, what that means for the trainee, in words; by the key the browser refused. */
function lossWords(key: string, reason: string, titleOf: (scenarioId: string) => string | undefined): string {
  const scenario = (prefix: string) => {
    const title = titleOf(key.slice(prefix.length));
    return title ? `“${title}”` : 'this scenario';
  };
  if (key.startsWith(STORAGE_KEYS.savePrefix)) {
    return `Your place in ${scenario(STORAGE_KEYS.savePrefix)} could not be saved: ${reason}. The call goes on, but if you leave or reload the page it cannot be resumed. ${MAKE_ROOM}`;
  }
  if (key.startsWith(STORAGE_KEYS.bestPrefix)) {
    return `Your new best score for ${scenario(STORAGE_KEYS.bestPrefix)} could not be saved: ${reason}, so the menu still shows the old one. The call’s own record is kept apart, in your history. ${MAKE_ROOM}`;
  }
  if (key.startsWith(STORAGE_KEYS.setAsidePrefix)) return `Damaged saved data could not be moved aside: ${reason}. It was left where it was, untouched. ${MAKE_ROOM}`;
  if (key === STORAGE_KEYS.settings) return `Your sound settings could not be saved: ${reason}. They apply until you close this page. ${MAKE_ROOM}`;
  if (key === STORAGE_KEYS.profile) {
    return `Your trainee profile (your name and the id your records are kept under) could not be saved: ${reason}. It is used until you close this page; after that Frontline will take you for a new trainee and ask your name again. ${MAKE_ROOM}`;
  }
  return `Something Frontline keeps in this browser could not be saved: ${reason}. ${MAKE_ROOM}`;
}

/**
 * Report every localStorage write the browser refuses, in words, through `problem`. A key that keeps
 * failing (a call in progress saves after every choice) is reported once, until a write to it succeeds.
 */
export function refusedWriteReporter(titleOf: (scenarioId: string) => string | undefined, problem: (message: string) => void): WriteWatcher {
  const failing = new Set<string>();
  // Set-aside copies get a new, time-stamped key at every try: they are one slot for this purpose.
  const slot = (key: string) => (key.startsWith(STORAGE_KEYS.setAsidePrefix) ? STORAGE_KEYS.setAsidePrefix : key);
  return {
    refused(key, reason) {
      if (failing.has(slot(key))) return;
      failing.add(slot(key));
      problem(lossWords(key, reason, titleOf));
    },
    stored(key) {
      failing.delete(slot(key));
    },
  };
}
