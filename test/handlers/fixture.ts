/** A real handler context on a fresh temporary data folder, with the real bundled demo schools. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createContext, type ContextOptions, type OwnedContext } from '../../handlers/context';
import { demoSchoolsIn } from '../../handlers/demo-schools';

export interface ContextFixture {
  context: OwnedContext;
  dataFolder: string;
  /** Rows changed on the context's database connection so far (SQLite total_changes()). */
  changes(): number;
  dispose(): void;
}

export function contextFixture(options: Partial<ContextOptions> = {}): ContextFixture {
  const dataFolder = mkdtempSync(join(tmpdir(), 'staffroom-handlers-'));
  const context = createContext({
    runtime: 'browser',
    version: '0.0.0-test',
    dataFolder,
    demoSchools: demoSchoolsIn('demo'),
    ...options,
  });
  return {
    context,
    dataFolder,
    changes: () => context.database().prepare('SELECT total_changes()').pluck().get() as number,
    dispose: () => {
      context.close();
      rmSync(dataFolder, { recursive: true, force: true });
    },
  };
}
