/**
 * Printing an exported HTML document to a PDF in the desktop app: a hidden window with scripts
 * switched off loads the document from a private temporary file, Chromium's printToPDF prints it
 * (the engine the tests drive through Playwright's page.pdf), and the window and the file are
 * gone again whatever happens. Written against the few parts of Electron it uses, so tests can
 * drive it with fakes.
 */
import type { BrowserWindowConstructorOptions, PrintToPDFOptions } from 'electron';

/**
 * The hidden window: never shown, sandboxed, no scripts (the document has none), its own
 * throwaway session. It does not paint while hidden, so the document is laid out once, for paper,
 * rather than first for a screen nobody sees (about a third of the time for 91 pages).
 */
export const PRINT_WINDOW_OPTIONS: BrowserWindowConstructorOptions = {
  show: false,
  paintWhenInitiallyHidden: false,
  width: 1123,
  height: 794,
  webPreferences: {
    javascript: false,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    webSecurity: true,
    webviewTag: false,
    spellcheck: false,
    partition: 'staffroom-print',
  },
};

/** A4 landscape, backgrounds printed (the patterns), and the document's own @page rules (margins, page numbers). */
export const PDF_OPTIONS: PrintToPDFOptions = {
  pageSize: 'A4',
  landscape: true,
  printBackground: true,
  preferCSSPageSize: true,
};

export interface PrintWindow {
  loadFile(path: string): Promise<void>;
  readonly webContents: { printToPDF(options: PrintToPDFOptions): Promise<Uint8Array> };
  destroy(): void;
}

export interface PrintDeps {
  createWindow(options: BrowserWindowConstructorOptions): PrintWindow;
  /** Makes a private (owner-only) temporary folder and returns its path. */
  makeTempFolder(): Promise<string>;
  writeFile(path: string, text: string): Promise<void>;
  removeFolder(path: string): Promise<void>;
  join(folder: string, name: string): string;
}

/** The `printToPdf` of the handler context, for the desktop app. */
export function createPrintToPdf(deps: PrintDeps): (html: string) => Promise<Uint8Array> {
  return async (html) => {
    const folder = await deps.makeTempFolder();
    let window: PrintWindow | undefined;
    try {
      const file = deps.join(folder, 'timetable.html');
      await deps.writeFile(file, html);
      window = deps.createWindow(PRINT_WINDOW_OPTIONS);
      await window.loadFile(file);
      return await window.webContents.printToPDF(PDF_OPTIONS);
    } finally {
      window?.destroy();
      await deps.removeFolder(folder);
    }
  };
}
