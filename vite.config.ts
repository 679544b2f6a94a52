// The renderer build. Node-side entries (Electron main, preload, CLI, server, workers) are built by
// scripts/build.mjs with the same Vite so `import.meta.glob` (used for migrations) works everywhere.
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    sourcemap: true,
    // No inline scripts or data: module preloads: the Content-Security-Policy forbids them.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
  },
});
