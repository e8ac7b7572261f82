/** The SCORM 2004 run-time API an LMS provides as `API_1484_11`, and the discovery algorithm that finds it (SCORM 2004 RTE 3.3.6.1). */

/** The eight functions of the SCORM 2004 API; every value crosses it as a string. */
export interface ScormApi {
  Initialize(parameter: ''): string;
  Terminate(parameter: ''): string;
  GetValue(element: string): string;
  SetValue(element: string, value: string): string;
  Commit(parameter: ''): string;
  GetLastError(): string;
  GetErrorString(code: string): string;
  GetDiagnostic(code: string): string;
}

/** The part of a window the search reads. */
export interface ApiWindow {
  API_1484_11?: unknown;
  parent: ApiWindow | null;
  opener: ApiWindow | null;
}

const METHODS = ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'] as const;

/** The discovery algorithm gives up after this many parents, as ADL's does. */
const MAX_TRIES = 500;

/** True when `value` has the eight API functions: what a page calls `API_1484_11` is untrusted. */
export function isScormApi(value: unknown): value is ScormApi {
  return typeof value === 'object' && value !== null && METHODS.every((name) => typeof (value as Record<string, unknown>)[name] === 'function');
}

/** The API on `win` or the nearest of its parents; a window of another origin ends the search. */
function scan(start: ApiWindow): ScormApi | undefined {
  try {
    let win = start;
    for (let tries = 0; !isScormApi(win.API_1484_11) && win.parent && win.parent !== win; tries++) {
      if (tries >= MAX_TRIES) return undefined;
      win = win.parent;
    }
    return isScormApi(win.API_1484_11) ? win.API_1484_11 : undefined;
  } catch {
    return undefined;
  }
}

/** Find the LMS's API from `win`: up through its parents to the top, then through the window that opened it and its parents. */
export function findScormApi(win: ApiWindow): ScormApi | undefined {
  let opener: ApiWindow | null = null;
  try {
    opener = win.opener;
  } catch {
    opener = null;
  }
  return (win.parent && win.parent !== win ? scan(win.parent) : undefined) ?? (opener ? scan(opener) : undefined);
}
