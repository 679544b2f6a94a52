/**
 * Where the planner's worker thread is: dist/node/solve-worker.js beside the built entry points,
 * or handlers/solve-worker.ts when running from the sources (tests, `tsx`), which a worker can
 * only load through tsx's loader.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** A worker to start: a file, or (from the sources) a small script that loads the TypeScript file. */
export type WorkerSource = { file: string } | { script: string };

export function solveWorkerSource(): WorkerSource {
  const here = fileURLToPath(import.meta.url);
  if (!here.endsWith('.ts')) return { file: join(dirname(here), 'solve-worker.js') };
  const url = pathToFileURL(join(dirname(here), 'solve-worker.ts')).href;
  return { script: `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(url)}); })` };
}
