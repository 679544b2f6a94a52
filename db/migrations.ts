/**
 * Numbered, forward-only schema migrations. Each file `migrations/NNN-name.sql` is one step; the
 * list is read from the folder, never kept by hand, and must run 1, 2, 3 ... with no gap.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

// Beside this module in the source tree, and beside each bundled entry in dist/node.
const defaultFolder = fileURLToPath(new URL('./migrations', import.meta.url));

/** Every migration in `folder`, in version order; throws when the numbering has a gap or a repeat. */
export function allMigrations(folder: string = defaultFolder): Migration[] {
  const found = readdirSync(folder)
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const match = /^(\d{3})-([a-z0-9-]+)\.sql$/.exec(file);
      if (!match) throw new Error(`Migration file ${file} is not named NNN-name.sql`);
      return { version: Number(match[1]), name: match[2] ?? '', sql: readFileSync(join(folder, file), 'utf8') };
    });
  found.sort((a, b) => a.version - b.version);
  found.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1, 2, 3 ... without gaps; found ${m.version} at place ${i + 1}`);
  });
  return found;
}
