// Builds everything into dist/: the renderer, and the Node-side entries as ES modules (the
// sandboxed preload as CommonJS, which is all Electron's sandbox can load).
import { build } from 'vite';
import { builtinModules } from 'node:module';
import { rmSync } from 'node:fs';

const external = [
  'electron',
  'better-sqlite3',
  'javascript-lp-solver',
  'zod',
  ...builtinModules,
  ...builtinModules.map((m) => `node:${m}`),
];
const quiet = { logLevel: 'warn', configFile: false };

rmSync('dist', { recursive: true, force: true });

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

await build({
  ...quiet,
  build: {
    ssr: true,
    outDir: 'dist/node',
    emptyOutDir: false,
    sourcemap: true,
    target: 'node20',
    rollupOptions: {
      input: {
        'electron-main': 'electron/main.ts',
        staffroom: 'cli/staffroom.ts',
        'solve-worker': 'handlers/solve-worker.ts',
      },
      external,
      output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
    },
  },
});

await build({
  ...quiet,
  build: {
    ssr: true,
    outDir: 'dist/node',
    emptyOutDir: false,
    target: 'node20',
    rollupOptions: {
      input: { preload: 'electron/preload.cts' },
      external,
      output: { format: 'cjs', entryFileNames: '[name].cjs' },
    },
  },
});
