import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          // Analyses run off the main thread; the runner looks for this bundle beside index.js.
          'analysis-worker': resolve(__dirname, 'src/main/services/analysis/worker.ts'),
          // Large imports parse and write off the main thread.
          'import-worker': resolve(__dirname, 'src/main/services/import/import-worker.ts'),
          // Every import file is read off the main thread, under a watchdog.
          'read-worker': resolve(__dirname, 'src/main/services/import/read-worker.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      externalizeDeps: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        // A sandboxed preload cannot be an ES module.
        output: { format: 'cjs', entryFileNames: '[name].cjs' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
      chunkSizeWarningLimit: 2500,
    },
  },
});
