/** A warning in words when an LRS endpoint would send the credentials unencrypted; undefined for https or an unreadable address. */
export function plainHttpWarning(endpoint: string): string | undefined {
  let url: URL;
  try {
    url = new URL(endpoint.trim());
  } catch {
    // An address that does not parse is refused by the settings' schema, with its own message.
    return undefined;
  }
  if (url.protocol !== 'http:') return undefined;
  return `This endpoint uses plain http://, so the key and secret, and every learner's results, travel unencrypted and anyone on the network between this browser and ${url.host} can read them. Use an https:// address unless the LRS runs on this computer.`;
}
