/** What to do when the browser's storage is full, said once for every message that needs it. */
export const MAKE_ROOM = 'To make room, remove other websites’ stored data in your browser’s settings; Frontline’s own records are kept.';

/**
 * Why the browser refused to store something, in words: a full quota, storage that is turned off, or
 * whatever the browser said. IndexedDB's quota errors often have an empty message, which used to
 * leave notices ending in ": .".
 */
export function storageProblem(error: unknown): string {
  const name = typeof error === 'object' && error !== null && 'name' in error ? String(error.name) : '';
  const message = error instanceof Error ? error.message.trim().replace(/\.$/, '') : '';
  if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return 'this browser’s storage for Frontline is full';
  if (name === 'SecurityError' || name === 'InvalidAccessError') return 'this browser does not let Frontline store anything (private browsing, or storage turned off for this site)';
  if (message !== '') return `this browser refused to store it (${message})`;
  return name === '' ? 'this browser refused to store it, without saying why' : `this browser refused to store it (${name})`;
}

/** Why something failed, in words: a browser storage error as storageProblem says it, else the error's own message. */
export function failureWords(error: unknown): string {
  if (typeof DOMException !== 'undefined' && error instanceof DOMException) return storageProblem(error);
  const message = error instanceof Error ? error.message.trim().replace(/\.$/, '') : '';
  return message === '' ? 'no reason was given' : message;
}
