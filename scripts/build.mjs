// Builds everything into dist/: the renderer, then each Node-side entry as one self-contained ES
// module in dist/node (so files it reads at run time, like db migrations, sit beside it), and the
// sandboxed preload as CommonJS, which is all Electron's sandbox can load.
import { build } from 'vite';
import { builtinModules } from 'node:module';
import { cpSync, existsSync, rmSync } from 'node:fs';

const external = [
  'electron', 'better-sqlite3', 'javascript-lp-solver', 'zod',
  ...builtinModules, ...builtinModules.map((m) => `node:${m}`),
];
const entries = {
  'electron-main': 'electron/main.ts',
  staffroom: 'cli/staffroom.ts',
  'solve-worker': 'handlers/solve-worker.ts',
};

rmSync('dist', { recursive: true, force: true });
await build({ configFile: 'vite.config.ts', logLevel: 'warn' });

const nodeBuild = (name, input, format, fileName) =>
  build({
    configFile: false,
    logLevel: 'warn',
    build: {
      ssr: true,
      outDir: 'dist/node',
      emptyOutDir: false,
      sourcemap: true,
      target: 'node20',
      // One file per entry (dynamic imports inlined), so run-time paths like ./migrations hold.
      rollupOptions: { input: { [name]: input }, external, output: { format, entryFileNames: fileName, codeSplitting: false } },
    },
  });

for (const [name, input] of Object.entries(entries)) {
  if (existsSync(input)) await nodeBuild(name, input, 'es', '[name].js');
}
if (existsSync('electron/preload.cts')) await nodeBuild('preload', 'electron/preload.cts', 'cjs', '[name].cjs');
cpSync('db/migrations', 'dist/node/migrations', { recursive: true });
