import { describe, expect, it } from 'vitest';
import { PDF_OPTIONS, PRINT_WINDOW_OPTIONS, createPrintToPdf, type PrintDeps, type PrintWindow } from '../../electron/print-to-pdf';

function fakes(fail?: 'load' | 'print') {
  const log: string[] = [];
  const files = new Map<string, string>();
  const deps: PrintDeps = {
    createWindow: (options) => {
      log.push(`window ${JSON.stringify(options.webPreferences)}`);
      const window: PrintWindow = {
        loadFile: async (path) => {
          log.push(`load ${path}`);
          if (fail === 'load') throw new Error('ERR_FILE_NOT_FOUND');
        },
        webContents: {
          printToPDF: async (options) => {
            log.push(`print ${JSON.stringify(options)}`);
            if (fail === 'print') throw new Error('printing failed');
            return new TextEncoder().encode('%PDF');
          },
        },
        destroy: () => log.push('destroy'),
      };
      return window;
    },
    makeTempFolder: async () => {
      log.push('mkdtemp');
      return '/tmp/staffroom-print-x';
    },
    writeFile: async (path, text) => {
      files.set(path, text);
      log.push(`write ${path}`);
    },
    removeFolder: async (path) => {
      log.push(`rm ${path}`);
      files.clear();
    },
    join: (a, b) => `${a}/${b}`,
  };
  return { deps, log, files };
}

describe('printing to PDF in the desktop app', () => {
  it('loads the document in a hidden window with scripts off, prints A4 landscape with backgrounds, then cleans up', async () => {
    const { deps, log } = fakes();
    const pdf = await createPrintToPdf(deps)('<!doctype html><p>Rota</p>');
    expect(new TextDecoder().decode(pdf)).toBe('%PDF');
    expect(log).toEqual([
      'mkdtemp',
      'write /tmp/staffroom-print-x/timetable.html',
      `window ${JSON.stringify(PRINT_WINDOW_OPTIONS.webPreferences)}`,
      'load /tmp/staffroom-print-x/timetable.html',
      `print ${JSON.stringify(PDF_OPTIONS)}`,
      'destroy',
      'rm /tmp/staffroom-print-x',
    ]);
    expect(PRINT_WINDOW_OPTIONS).toMatchObject({ show: false, webPreferences: { javascript: false, sandbox: true, contextIsolation: true, nodeIntegration: false } });
    expect(PDF_OPTIONS).toEqual({ pageSize: 'A4', landscape: true, printBackground: true, preferCSSPageSize: true });
  });

  it.each(['load', 'print'] as const)('destroys the window and removes the file even when the %s fails', async (fail) => {
    const { deps, log, files } = fakes(fail);
    await expect(createPrintToPdf(deps)('<p>x</p>')).rejects.toThrow();
    expect(log.slice(-2)).toEqual(['destroy', 'rm /tmp/staffroom-print-x']);
    expect(files.size).toBe(0);
  });
});
