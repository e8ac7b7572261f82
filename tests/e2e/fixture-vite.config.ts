import { defineConfig } from 'vite';
import { appChunks } from '../../src/build/app-chunks.ts';
import { contentSecurityPolicyMeta } from '../../src/build/content-security-policy.ts';
import { inkStories } from '../../src/build/ink-stories-plugin.ts';

/** The app built with the test-only stories of tests/e2e/fixtures, never shipped. */
export default defineConfig({
  root: new URL('../..', import.meta.url).pathname,
  plugins: [inkStories('tests/e2e/fixtures/stories'), contentSecurityPolicyMeta()],
  build: { target: 'es2022', outDir: 'test-results/e2e-fixture-dist', emptyOutDir: true, rollupOptions: { output: { manualChunks: appChunks } } },
});
