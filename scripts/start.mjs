// `npm start`: opens Staffroom's desktop window. Electron's binary is downloaded by its own
// install script, outside the npm registry; where that could not happen (offline machines, or
// ELECTRON_SKIP_BINARY_DOWNLOAD=1) this says so in one sentence instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const appFolder = join(dirname(fileURLToPath(import.meta.url)), '..');

const MISSING =
  'Staffroom cannot open its desktop window because the Electron program is not installed: ' +
  'run "npx install-electron" once on a computer with internet access, ' +
  'or use "npm run serve" to open Staffroom in your web browser instead.';

/** The Electron executable, found the way the electron package itself finds it, or null. */
function electronBinary() {
  let packageFolder;
  try {
    packageFolder = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return null;
  }
  const pathFile = join(packageFolder, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : defaultExecutable();
  const distFolder = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageFolder, 'dist');
  const binary = join(distFolder, executable);
  return existsSync(binary) ? binary : null;
}

function defaultExecutable() {
  if (process.platform === 'win32') return 'electron.exe';
  if (process.platform === 'darwin') return 'Electron.app/Contents/MacOS/Electron';
  return 'electron';
}

const binary = electronBinary();
if (!binary) {
  console.error(MISSING);
  process.exit(1);
}

if (!existsSync(join(appFolder, 'dist', 'node', 'electron-main.js'))) {
  const build = spawnSync(process.execPath, [join(appFolder, 'scripts', 'build.mjs')], { cwd: appFolder, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const child = spawn(binary, [appFolder], { cwd: appFolder, stdio: 'inherit' });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
