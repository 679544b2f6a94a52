/**
 * Child process that measures the planner on one instance, so its peak memory (getrusage maxRSS)
 * belongs to that instance alone. Started by the harness with `node --import tsx --expose-gc`.
 */
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadInstance } from './instances';
import type { InstanceSource } from './instances';
import { measurePlanner } from './measure';
import type { Planner } from './measure';

/** The project root: planner modules are named from it. */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export interface ChildRequest {
  source: InstanceSource;
  module: string;
  exportName: string;
  runs: number;
  replan: boolean;
}

function isPlanner(value: unknown): value is Planner {
  return typeof value === 'function';
}

process.once('message', (request: ChildRequest) => {
  void (async () => {
    try {
      const school = loadInstance(request.source);
      const loaded: Record<string, unknown> = await import(pathToFileURL(resolve(root, request.module)).href);
      const planner = loaded[request.exportName];
      if (!isPlanner(planner)) throw new Error(`${request.module} exports no function ${request.exportName}`);
      const measure = await measurePlanner(planner, school, request.runs, request.replan);
      process.send?.({ ok: true, measure }, () => process.disconnect());
    } catch (error) {
      process.send?.({ ok: false, error: error instanceof Error ? error.stack ?? error.message : String(error) }, () => process.disconnect());
    }
  })();
});
