// Plain-vite build of the renderer alone (electron-vite has its own renderer section in electron.vite.config.ts).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: './',
  // One bundle (React + recharts) served by the station itself, not over the internet: no need for the 500 kB warning.
  build: { outDir: '../out/renderer', emptyOutDir: true, chunkSizeWarningLimit: 1000 },
});
