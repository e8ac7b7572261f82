import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { zipSync, type Zippable } from 'fflate';

/** Every file under `folder`, as zip entries named by their path relative to it (forward slashes), in a stable order. */
export function folderEntries(folder: string): Zippable {
  const entries: Zippable = {};
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else entries[relative(folder, path).split(sep).join('/')] = readFileSync(path);
    }
  };
  walk(folder);
  return entries;
}

/** A zip of `folder`'s files plus `extra` entries (which win on a clash), deflated. */
export function zipFolder(folder: string, extra: Record<string, string> = {}): Uint8Array {
  const entries = folderEntries(folder);
  for (const [name, text] of Object.entries(extra)) entries[name] = new TextEncoder().encode(text);
  return zipSync(entries, { level: 9 });
}
