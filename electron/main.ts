/**
 * The Electron main process: one hardened window showing app://staffroom/, IPC through the one
 * registration point, and the school's data in the user's local app-data folder. Everything it
 * wires up is tested without Electron (sender check, protocol, hardening, IPC registration);
 * this file only connects those parts to Electron's objects.
 */
import { BrowserWindow, app, ipcMain, protocol, session, shell } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { findAppRoot } from '../handlers/app-root';
import { createContext } from '../handlers/context';
import { dataFolderFor } from '../handlers/data-folder';
import { demoSchoolsIn } from '../handlers/demo-schools';
import { appProtocolResponse } from './app-protocol';
import { hardenSession, hardenWebContents } from './hardening';
import { PRINT_WINDOW_OPTIONS, createPrintToPdf } from './print-to-pdf';
import { registerIpc } from './register-ipc';
import { APP_SCHEME, APP_START_URL, isAppSender } from './sender';

const root = findAppRoot(import.meta.url);
const dataFolder = dataFolderFor({ platform: process.platform, home: homedir(), env: process.env });

// Must happen before `ready`: a standard, secure scheme gets a real origin (so CSP 'self' and
// ES modules work) without file:// access to the disk.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true } },
]);
// Chromium's own profile lives beside the data in the local folder, never the roaming profile.
app.setPath('userData', join(dataFolder, 'browser-profile'));
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Staffroom already has this data folder open; it is focused by its second-instance handler.
  app.quit();
} else {
  start();
}

function start(): void {
  let window: BrowserWindow | undefined;
  const context = createContext({
    runtime: 'desktop',
    version: root.version,
    dataFolder,
    demoSchools: demoSchoolsIn(root.demoFolder),
    openExternal: (url) => shell.openExternal(url),
    printToPdf: createPrintToPdf({
      createWindow: (options) => new BrowserWindow(options),
      makeTempFolder: () => mkdtemp(join(tmpdir(), 'staffroom-print-')),
      writeFile: (path, text) => writeFile(path, text, { encoding: 'utf8', mode: 0o600 }),
      removeFolder: (path) => rm(path, { recursive: true, force: true }),
      join,
    }),
  });

  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => context.close());

  void app.whenReady().then(() => {
    hardenSession(session.defaultSession);
    hardenSession(session.fromPartition(PRINT_WINDOW_OPTIONS.webPreferences?.partition ?? 'staffroom-print'));
    protocol.handle(APP_SCHEME, (request) => appProtocolResponse(request.url, root.rendererFolder));
    registerIpc(ipcMain, { context, isTrustedSender: (event) => isAppSender(event, window?.webContents.id) });
    window = createWindow();
  });
}

function createWindow(): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 800,
    minWidth: 1024,
    minHeight: 640,
    show: false,
    title: 'Staffroom',
    backgroundColor: '#ffffff',
    webPreferences: {
      preload: join(root.folder, 'dist', 'node', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_START_URL);
  return window;
}
