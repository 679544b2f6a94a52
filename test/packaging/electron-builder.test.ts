/**
 * Packaging smoke test: runs electron-builder offline with electron-builder.yml on a staged copy of
 * the app (package.json, lockfile, dist/, demo/ and exactly the production dependencies of the
 * lockfile), against a stub "Electron": a shell script carrying Electron's fuse sentinel, so the
 * fuses step runs for real. The result is NOT a runnable app. It proves the configuration is valid,
 * that app.asar holds the built main, preload and renderer, the migrations, the demo schools and
 * every production dependency (better-sqlite3's `bindings` included), that the native module is
 * unpacked beside it, and that the security fuses are flipped as configured.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = ['RunAsNode', 'EnableCookieEncryption', 'EnableNodeOptionsEnvironmentVariable', 'EnableNodeCliInspectArguments', 'EnableEmbeddedAsarIntegrityValidation', 'OnlyLoadAppFromAsar', 'LoadBrowserProcessSpecificV8Snapshot', 'GrantFileProtocolExtraPrivileges'];

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
}

let work: string;
let unpacked: string;
let productionPackages: string[];
let build: ReturnType<typeof spawnSync>;

/** Copies what electron-builder packs into a fresh folder, with a real node_modules of production dependencies only. */
function stageApp(into: string): string[] {
  for (const item of ['package.json', 'package-lock.json', 'electron-builder.yml', 'dist', 'demo']) cpSync(item, join(into, item), { recursive: true });
  const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, LockEntry> };
  const production = Object.entries(lock.packages)
    .filter(([path, entry]) => /^node_modules\/(@[^/]+\/)?[^/]+$/.test(path) && !entry.dev && !entry.devOptional)
    .map(([path]) => path);
  for (const path of production) cpSync(realpathSync(path), join(into, path), { recursive: true, dereference: true });
  return production.map((path) => path.slice('node_modules/'.length));
}

beforeAll(() => {
  if (!existsSync('dist/node/electron-main.js')) throw new Error('Build first: npm run build (npm test does it).');
  work = mkdtempSync(join(tmpdir(), 'staffroom-package-'));
  const app = join(work, 'app');
  mkdirSync(app);
  productionPackages = stageApp(app);
  const stub = join(work, 'stub-electron');
  mkdirSync(stub);
  // Fuse wire version 1, eight fuses, all "inherit" (0x90) until electron-builder sets them.
  const fuseWire = Buffer.concat([Buffer.from(SENTINEL), Buffer.from([1, FUSES.length]), Buffer.alloc(FUSES.length, 0x90)]);
  writeFileSync(join(stub, 'electron'), Buffer.concat([Buffer.from('#!/bin/sh\necho "stub Electron for a packaging test; not runnable" >&2\nexit 1\n# '), fuseWire, Buffer.from('\n')]));
  chmodSync(join(stub, 'electron'), 0o755);
  const electronVersion = (JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8')) as { version: string }).version;
  build = spawnSync(
    'npx',
    ['electron-builder', '--dir', '--linux', '--projectDir', app, '-c.npmRebuild=false', `-c.electronDist=${stub}`, `-c.electronVersion=${electronVersion}`, `-c.directories.output=${join(work, 'release')}`],
    { encoding: 'utf8', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } },
  );
  unpacked = join(work, 'release', 'linux-unpacked');
}, 120_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

function asarList(): string[] {
  const listed = spawnSync('npx', ['asar', 'list', join(unpacked, 'resources', 'app.asar')], { encoding: 'utf8' });
  expect(listed.status, listed.stderr).toBe(0);
  return listed.stdout.split('\n').map((line) => line.trim()).filter(Boolean);
}

describe('packaging with electron-builder.yml (offline, stub Electron, not a runnable app)', () => {
  it('packs without errors', () => {
    expect(build.status, `${build.stdout}\n${build.stderr}`).toBe(0);
  });

  it('puts the built main, preload, renderer, migrations and demo schools in app.asar, without source maps', () => {
    const files = asarList();
    for (const file of ['/package.json', '/dist/node/electron-main.js', '/dist/node/preload.cjs', '/dist/renderer/index.html', '/demo/primary.json', '/demo/secondary.json', '/dist/node/migrations/001-school.sql']) {
      expect(files, file).toContain(file);
    }
    expect(files.some((f) => f.startsWith('/dist/renderer/assets/') && f.endsWith('.js'))).toBe(true);
    expect(files.filter((f) => f.startsWith('/dist/') && f.endsWith('.map'))).toEqual([]);
  });

  it('ships every production dependency and no development one', () => {
    const files = asarList();
    const shipped = new Set(files.map((f) => /^\/node_modules\/((@[^/]+\/)?[^/]+)$/.exec(f)?.[1]).filter((name) => name !== undefined));
    expect(productionPackages).toContain('bindings');
    expect([...shipped].sort()).toEqual([...productionPackages].sort());
  });

  it('unpacks better-sqlite3’s native module beside the archive', () => {
    expect(existsSync(join(unpacked, 'resources', 'app.asar.unpacked', 'node_modules', 'better-sqlite3', 'build', 'Release', 'better_sqlite3.node'))).toBe(true);
  });

  it('flips the security fuses as configured', () => {
    const binary = readFileSync(join(unpacked, 'staffroom'));
    const at = binary.indexOf(SENTINEL) + SENTINEL.length + 2;
    const state = Object.fromEntries(FUSES.map((name, i) => [name, String.fromCharCode(binary[at + i] ?? 0)]));
    expect(state).toMatchObject({
      RunAsNode: '0',
      EnableCookieEncryption: '1',
      EnableNodeOptionsEnvironmentVariable: '0',
      EnableNodeCliInspectArguments: '0',
      EnableEmbeddedAsarIntegrityValidation: '1',
      OnlyLoadAppFromAsar: '1',
      GrantFileProtocolExtraPrivileges: '0',
    });
  });
});
