import { readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import type { Plugin } from 'vite';
import { idFromFile } from '../engine/check/check-scenario.ts';
import { compileInk } from '../engine/story/compile.ts';
import { readHeader } from '../engine/story/header.ts';

/** Import this id to get every scenario of the stories folder, compiled. */
export const STORIES_MODULE = 'virtual:frontline/stories';
const RESOLVED = `\0${STORIES_MODULE}`;

/** A compile error in the shape Rollup and the Vite overlay understand. */
class InkCompileError extends Error {
  constructor(
    readonly id: string,
    readonly loc: { file: string; line: number; column: number },
    message: string,
  ) {
    super(message);
  }
}

function compileFile(file: string): { id: string; header: unknown; json: string } {
  const source = readFileSync(file, 'utf8');
  const result = compileInk(source);
  if (!result.ok) {
    const first = result.errors[0]!;
    const all = result.errors.map((e) => `${file}:${e.line ?? '?'}: ${e.message}`).join('\n');
    throw new InkCompileError(file, { file, line: first.line ?? 1, column: 0 }, `ink compile error\n${all}`);
  }
  const header = readHeader(result.story.globalTags ?? [], idFromFile(file));
  if (!header.ok) throw new InkCompileError(file, { file, line: 1, column: 0 }, `${file}: ${header.problems.map((p) => p.message).join('; ')}`);
  return { id: header.header.id, header: header.header, json: result.json };
}

/**
 * Compiles `stories/*.ink` to story JSON at build time, so the browser ships the ink runtime
 * only. `import json from './x.ink'` gives one story; the virtual module gives them all.
 */
export function inkStories(storiesDir = 'stories'): Plugin {
  let dir = storiesDir;
  return {
    name: 'frontline-ink-stories',
    configResolved(config) {
      dir = resolve(config.root, storiesDir);
    },
    resolveId(id) {
      return id === STORIES_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id === RESOLVED) {
        this.addWatchFile(dir);
        const files = readdirSync(dir).filter((n) => n.endsWith('.ink')).sort();
        const stories = files.map((name) => {
          const file = join(dir, name);
          this.addWatchFile(file);
          return compileFile(file);
        });
        return `export default ${JSON.stringify(stories)};`;
      }
      if (id.endsWith('.ink')) {
        this.addWatchFile(id);
        return `export default ${JSON.stringify(compileFile(id).json)};`;
      }
      return undefined;
    },
    hotUpdate({ file, server }) {
      if (!file.endsWith('.ink') && basename(file) !== basename(dir)) return;
      const module = server.moduleGraph.getModuleById(RESOLVED);
      if (module) server.moduleGraph.invalidateModule(module);
      server.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
