import type { TestProject } from 'vitest/node';
import { ensureChromium } from './chromium.ts';
import { startPreview, viteBuild, type PreviewServer } from './preview-server.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** the shipped app, built and served */
    appUrl: string;
    /** the app built with the test-only fixture stories */
    fixtureUrl: string;
  }
}

const APP_DIST = 'test-results/e2e-dist';
const FIXTURE_CONFIG = 'tests/e2e/fixture-vite.config.ts';

/** Install Chromium if needed, build both apps and serve them for the e2e tests. */
export default async function setup(project: TestProject): Promise<() => void> {
  ensureChromium();
  await viteBuild(['--outDir', APP_DIST, '--emptyOutDir']);
  await viteBuild(['--config', FIXTURE_CONFIG]);
  const servers: PreviewServer[] = [];
  servers.push(await startPreview(['--outDir', APP_DIST]));
  servers.push(await startPreview(['--config', FIXTURE_CONFIG]));
  project.provide('appUrl', servers[0]!.url);
  project.provide('fixtureUrl', servers[1]!.url);
  return () => servers.forEach((s) => s.stop());
}
