/** An ISO 8601 duration such as `PT4M5.25S` for a span in milliseconds (hours kept whole, seconds to the hundredth, as SCORM and xAPI allow). */
export function isoDuration(ms: number): string {
  const centis = Math.max(0, Math.round(ms / 10));
  const hours = Math.floor(centis / 360_000);
  const minutes = Math.floor((centis % 360_000) / 6_000);
  const seconds = (centis % 6_000) / 100;
  const parts = [hours > 0 ? `${hours}H` : '', minutes > 0 ? `${minutes}M` : '', seconds > 0 || (hours === 0 && minutes === 0) ? `${seconds}S` : ''];
  return `PT${parts.join('')}`;
}

const DURATION = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?$/;

/** The milliseconds of an ISO 8601 duration of hours, minutes and seconds (as isoDuration writes it), or undefined when it is not one. */
export function durationMs(text: string): number | undefined {
  const match = DURATION.exec(text);
  if (!match || text === 'PT') return undefined;
  const [, hours = '0', minutes = '0', seconds = '0'] = match;
  return Math.round((Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds)) * 1000);
}
