/**
 * `npm start` (scripts/start.mjs). ELECTRON_OVERRIDE_DIST_PATH is Electron's own setting for where
 * its binary lives; pointing it at a folder lets the test decide whether Electron "is installed".
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

let folder: string;
afterEach(() => rmSync(folder, { recursive: true, force: true }));

function start(electronFolder: string) {
  return spawnSync(process.execPath, ['scripts/start.mjs'], {
    env: { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: electronFolder },
    encoding: 'utf8',
  });
}

describe('npm start', () => {
  it('says in one plain sentence that Electron is missing and how to fix it, and fails', () => {
    folder = mkdtempSync(join(tmpdir(), 'staffroom-no-electron-'));
    const result = start(folder);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Staffroom cannot open its desktop window because the Electron program is not installed: .*"npx install-electron".*"npm run serve".*\.$/);
    expect(lines[0]?.match(/\. /g)).toBeNull();
  });

  it('launches Electron on the app folder when it is there', () => {
    folder = mkdtempSync(join(tmpdir(), 'staffroom-fake-electron-'));
    const record = join(folder, 'launched-with.txt');
    const fake = join(folder, 'electron');
    writeFileSync(fake, `#!/bin/sh\nprintf '%s\\n' "$@" > '${record}'\nexit 3\n`);
    chmodSync(fake, 0o755);
    const result = start(folder);
    expect(result.status).toBe(3);
    expect(readFileSync(record, 'utf8').trim()).toBe(process.cwd());
  });
});
