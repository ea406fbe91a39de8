import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';

// Builds the thin Electron shell (main, preload) and the renderer; the station core is bundled into main.
export default defineConfig({
  main: {
    build: {
      // The grading worker is a second entry: it runs in a worker thread beside the station (electron/station/clinical/gradingThread.ts).
      rollupOptions: { input: { index: resolve(__dirname, 'electron/main/index.ts'), gradingWorker: resolve(__dirname, 'electron/station/clinical/gradingWorker.ts') } },
    },
  },
  preload: {
    build: {
      // A sandboxed preload must be one CommonJS file with no npm imports.
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      // Not minified by default here: 2.4 MB of script to parse before the window (or a printed report) can start.
      minify: true,
      rollupOptions: { input: { index: resolve(__dirname, 'renderer/index.html') } },
    },
  },
});
