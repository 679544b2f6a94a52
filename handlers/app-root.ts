/**
 * Finds the app's own folder (the one holding its package.json) from any module inside it, so
 * the same code finds demo/ and dist/renderer/ whether it runs from the TypeScript sources
 * (tests), from dist/node (serve), or from inside app.asar (the packaged desktop app).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface AppRoot {
  folder: string;
  version: string;
  demoFolder: string;
  rendererFolder: string;
}

export function findAppRoot(moduleUrl: string): AppRoot {
  let folder = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest)) {
      const parsed: unknown = JSON.parse(readFileSync(manifest, 'utf8'));
      if (isStaffroomManifest(parsed)) {
        return {
          folder,
          version: parsed.version,
          demoFolder: join(folder, 'demo'),
          rendererFolder: join(folder, 'dist', 'renderer'),
        };
      }
    }
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`Staffroom's package.json was not found above ${fileURLToPath(moduleUrl)}.`);
    folder = parent;
  }
}

function isStaffroomManifest(value: unknown): value is { name: 'staffroom'; version: string } {
  return (
    typeof value === 'object' &&
    value !== null &&
    'name' in value &&
    value.name === 'staffroom' &&
    'version' in value &&
    typeof value.version === 'string'
  );
}
