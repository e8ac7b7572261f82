// Kept apart from the launch schemas: the first screen asks only whether an LMS launched the
// app, and must not carry the schemas (and Zod's URL checks) to answer that.

/** The five query parameters an LMS adds to a cmi5 launch URL. */
export const CMI5_PARAMS = ['endpoint', 'fetch', 'actor', 'registration', 'activityId'] as const;

/** True when the query string carries any cmi5 launch parameter, so the app was meant to be launched by an LMS. */
export function isCmi5Launch(search: string): boolean {
  const params = new URLSearchParams(search);
  return CMI5_PARAMS.some((name) => params.has(name));
}
