import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findAppRoot } from '../../handlers/app-root';

describe('finding the app folder', () => {
  it('finds Staffroom’s own package.json from a module deep inside it', () => {
    const root = findAppRoot(import.meta.url);
    expect(root.folder).toBe(process.cwd());
    expect(root.demoFolder).toBe(join(process.cwd(), 'demo'));
    expect(root.rendererFolder).toBe(join(process.cwd(), 'dist', 'renderer'));
    expect(root.version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it('skips the package.json of anything that is not Staffroom (as inside node_modules)', () => {
    const top = mkdtempSync(join(tmpdir(), 'staffroom-root-'));
    try {
      writeFileSync(join(top, 'package.json'), JSON.stringify({ name: 'staffroom', version: '9.8.7' }));
      const inner = join(top, 'node_modules', 'other', 'dist');
      mkdirSync(inner, { recursive: true });
      writeFileSync(join(top, 'node_modules', 'other', 'package.json'), JSON.stringify({ name: 'other', version: '1.0.0' }));
      const root = findAppRoot(pathToFileURL(join(inner, 'index.js')).href);
      expect(root).toMatchObject({ folder: top, version: '9.8.7' });
    } finally {
      rmSync(top, { recursive: true, force: true });
    }
  });

  it('says so when there is no Staffroom above the module', () => {
    expect(() => findAppRoot(pathToFileURL(join(tmpdir(), 'nowhere', 'x.js')).href)).toThrow(/package.json was not found/);
  });
});
