import { readFileSync } from 'node:fs';
import { defineConfig, type Plugin } from 'vite';
import { appChunks } from '../../src/build/app-chunks.ts';
import { contentSecurityPolicyMeta } from '../../src/build/content-security-policy.ts';
import { inkStories, STORIES_MODULE } from '../../src/build/ink-stories-plugin.ts';
import { contentHash } from '../../src/engine/hash.ts';
import { compileInk } from '../../src/engine/story/compile.ts';
import { readHeader } from '../../src/engine/story/header.ts';

const UNCHECKED = new URL('fixtures/unchecked/broken-line.ink', import.meta.url).pathname;

/**
 * Adds a story that fails at run time to the fixture app's scenarios. The build's checker
 * rightly refuses such a story, so it is compiled here without a check: it stands for a story
 * that still fails while a call plays, to test how the app copes.
 */
function uncheckedStory(): Plugin {
  return {
    name: 'frontline-unchecked-fixture-story',
    transform(code, id) {
      if (id !== `\0${STORIES_MODULE}`) return undefined;
      const compiled = compileInk(readFileSync(UNCHECKED, 'utf8'));
      if (!compiled.ok) throw new Error(`${UNCHECKED}: ${compiled.errors.map((e) => e.message).join('; ')}`);
      const header = readHeader(compiled.story.globalTags ?? [], 'broken-line');
      if (!header.ok) throw new Error(`${UNCHECKED}: ${header.problems.map((p) => p.message).join('; ')}`);
      const json = JSON.stringify(compiled.json);
      const entry = `{ id: ${JSON.stringify(header.header.id)}, header: ${JSON.stringify(header.header)}, hash: ${JSON.stringify(contentHash(compiled.json))}, load: () => Promise.resolve(${json}) }`;
      return code.replace(/^export default \[/, `export default [\n${entry},`);
    },
  };
}

/** The app built with the test-only stories of tests/e2e/fixtures, never shipped. */
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  plugins: [inkStories('tests/e2e/fixtures/stories'), uncheckedStory(), contentSecurityPolicyMeta()],
  build: { target: 'es2022', outDir: 'test-results/e2e-fixture-dist', emptyOutDir: true, rollupOptions: { output: { manualChunks: appChunks } } },
});
