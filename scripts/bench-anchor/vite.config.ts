import { defineConfig } from 'vite';

/** Builds the bench's bare Phaser page on its own; it is never part of the app. */
export default defineConfig({
  root: new URL('.', import.meta.url).pathname,
  base: './',
  build: { target: 'es2022', emptyOutDir: true },
});
