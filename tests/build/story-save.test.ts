import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, type ViteDevServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inkStories, saveTarget } from '../../src/build/ink-stories-plugin.ts';
import { DEV_SAVE_PATH } from '../../src/studio/dev-save-path.ts';
import { freePort } from '../e2e/preview-server.ts';
import { fixtureSource } from '../helpers/fixtures.ts';

const root = mkdtempSync(join(tmpdir(), 'frontline-save-'));
const stories = join(root, 'stories');
let server: ViteDevServer;
let url: string;

beforeAll(async () => {
  mkdirSync(stories);
  writeFileSync(join(stories, 'tiny.ink'), fixtureSource('tiny.ink'));
  const port = await freePort();
  server = await createServer({ root, configFile: false, logLevel: 'silent', plugins: [inkStories()], server: { host: '127.0.0.1', port, strictPort: true } });
  await server.listen();
  url = `http://127.0.0.1:${port}${DEV_SAVE_PATH}`;
});

afterAll(async () => {
  await server.close();
});

const post = (name: string, body: string | Blob, method = 'POST') => fetch(url + name, { method, body: method === 'GET' ? null : body });

describe('saving a scenario through the dev server (the studio under npm start)', () => {
  it('writes stories/NAME.ink, and overwrites it on the next save', async () => {
    expect((await post('cold-pizza.ink', '# title: A\n')).status).toBe(204);
    expect(readFileSync(join(stories, 'cold-pizza.ink'), 'utf8')).toBe('# title: A\n');
    expect((await post('cold-pizza.ink', '# title: B\n')).status).toBe(204);
    expect(readFileSync(join(stories, 'cold-pizza.ink'), 'utf8')).toBe('# title: B\n');
  });

  it('refuses, in words, a name that is not a scenario file or would leave the folder, and writes nothing', async () => {
    const before = readdirSync(root).sort();
    for (const name of ['..%2Fescape.ink', '%2e%2e%2fescape.ink', 'Upper.ink', 'notes.txt', 'sub%2Fx.ink', '.ink', '%ZZ.ink']) {
      const response = await post(name, 'x');
      expect(response.status, name).toBe(400);
      expect(await response.text(), name).toMatch(/file name/);
    }
    expect(readdirSync(root).sort()).toEqual(before);
    expect(existsSync(join(root, 'escape.ink'))).toBe(false);
  });

  it('refuses a request that is not a POST, and text that is not UTF-8', async () => {
    expect((await post('tiny.ink', '', 'GET')).status).toBe(405);
    const response = await post('broken.ink', new Blob([new Uint8Array([0x23, 0xff, 0xfe])]));
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/not UTF-8/);
    expect(existsSync(join(stories, 'broken.ink'))).toBe(false);
  });

  it('names the file inside the folder only for a plain scenario name', () => {
    expect(saveTarget('/s', '/a-1.ink')).toEqual({ ok: true, file: '/s/a-1.ink' });
    expect(saveTarget('/s', '/a.ink/../b.ink').ok).toBe(false);
  });
});
