/**
 * How the app's code is split into files. Phaser gets its own file, fetched only for a call. Zod shares a
 * file with the module that configures it, so that a chunk's hoisted imports can never make a schema
 * before Zod is told not to use eval (which the page's Content-Security-Policy forbids).
 */
export function appChunks(id: string): string | undefined {
  if (id.includes('node_modules/phaser')) return 'phaser';
  if (id.includes('node_modules/zod/') || id.endsWith('/src/platform/zod-without-eval.ts')) return 'zod';
  return undefined;
}
