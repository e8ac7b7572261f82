/** A moment in the browser's own time zone and language, such as "Saturday, 1 March 2025 at 11:30": never ISO text. */
export function localTime(iso: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'full', timeStyle: 'short' }).format(new Date(iso));
}
