import { defineConfig } from 'vitest/config';
import { appChunks } from './src/build/app-chunks.ts';
import { contentSecurityPolicyMeta } from './src/build/content-security-policy.ts';
import { inkStories } from './src/build/ink-stories-plugin.ts';

export default defineConfig({
  plugins: [inkStories(), contentSecurityPolicyMeta()],
  build: {
    target: 'es2022',
    rollupOptions: {
      output: {
        manualChunks: appChunks,
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'engine', include: ['tests/engine/**/*.test.ts', 'tests/stories/**/*.test.ts', 'tests/cli/**/*.test.ts', 'tests/build/**/*.test.ts', 'tests/platform/**/*.test.ts', 'tests/game/**/*.test.ts', 'tests/repo/**/*.test.ts'], environment: 'node', globalSetup: ['tests/build-cli-setup.ts'], testTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'lrs', include: ['tests/lrs/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['tests/e2e/**/*.test.ts'], environment: 'node', globalSetup: ['tests/build-cli-setup.ts', 'tests/e2e/global-setup.ts'], testTimeout: 120_000, hookTimeout: 180_000 },
      },
    ],
  },
});
