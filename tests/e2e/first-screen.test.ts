import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The shipped app as the e2e global set-up built it. */
const DIST = 'test-results/e2e-dist';

/** The entry script of the built page and the chunks it preloads: what the browser fetches before the menu runs. */
function firstScreenScripts(): string[] {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)];
  return scripts.map((m) => m[1]!.replace(/^\.?\//, ''));
}

const read = (path: string) => readFileSync(join(DIST, path), 'utf8');

/** The built chunk whose file name starts with `name-`, read. */
function chunk(name: string): string {
  const found = readdirSync(join(DIST, 'assets')).filter((file) => file.startsWith(`${name}-`) && file.endsWith('.js'));
  expect(found, `one built chunk named ${name}`).toHaveLength(1);
  return read(join('assets', found[0]!));
}

describe('the first screen', () => {
  // Each marker is checked in the chunk that should carry it, so the test cannot pass on a marker that no longer exists.
  const heavy = [
    { what: 'the scenario studio (CodeMirror)', chunk: 'studio-route', marker: 'cm-editor' },
    { what: 'the ink engine', chunk: 'session', marker: 'ran out of content' },
    { what: 'the drawing engine (Phaser)', chunk: 'phaser', marker: 'Phaser v' },
  ];

  it('carries the menu only: the studio, the ink engine and Phaser load when first used', () => {
    const scripts = firstScreenScripts();
    expect(scripts.length).toBeGreaterThan(0);
    const code = scripts.map(read).join('\n');
    for (const { what, chunk: name, marker } of heavy) {
      expect(chunk(name), `${what} is in its own chunk`).toContain(marker);
      expect(code.includes(marker), `${what} is not in the first screen's code`).toBe(false);
    }
    expect(scripts.filter((path) => /studio|phaser|session/.test(path))).toEqual([]);
  });
});
