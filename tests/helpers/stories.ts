import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The shipped scenario files, `stories/*.ink`, with their source. */
export function shippedStories(): { name: string; file: string; source: string }[] {
  return readdirSync('stories')
    .filter((n) => n.endsWith('.ink'))
    .sort()
    .map((name) => ({ name, file: join('stories', name), source: readFileSync(join('stories', name), 'utf8') }));
}
