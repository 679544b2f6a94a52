/**
 * `staffroom serve [--port N] [--data <folder>]`: runs Staffroom in a local browser. The first
 * line of output is the address to open (with this run's secret in its fragment).
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { findAppRoot } from '../handlers/app-root';
import { dataFolderFor } from '../handlers/data-folder';
import { PortInUseError, startServer } from '../server/serve';
import type { CommandIo } from './io';

export const SERVE_USAGE = 'Usage: staffroom serve [--port N] [--data <folder>]   (--port 0, the default, picks a free port)';

export interface ServeArgs {
  port: number;
  dataFolder: string | undefined;
}

export function parseServeArgs(args: readonly string[]): ServeArgs | { error: string } {
  let port = 0;
  let dataFolder: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    if (flag !== '--port' && flag !== '--data') return { error: `Unknown option "${arg}". ${SERVE_USAGE}` };
    const value = inline ?? args[++i];
    if (value === undefined || value === '') return { error: `${flag} needs a value. ${SERVE_USAGE}` };
    if (flag === '--port') {
      if (!/^\d+$/.test(value) || Number(value) > 65535) return { error: `--port must be a whole number from 0 to 65535, not "${value}".` };
      port = Number(value);
    } else {
      dataFolder = value;
    }
  }
  return { port, dataFolder };
}

export async function serveCommand(args: readonly string[], io: CommandIo): Promise<number> {
  const parsed = parseServeArgs(args);
  if ('error' in parsed) {
    io.error(parsed.error);
    return 2;
  }
  const dataFolder = parsed.dataFolder
    ? resolve(parsed.dataFolder)
    : dataFolderFor({ platform: process.platform, home: homedir(), env: process.env });
  let server;
  try {
    server = await startServer({ app: findAppRoot(import.meta.url), dataFolder, port: parsed.port, log: io.error });
  } catch (error) {
    if (error instanceof PortInUseError) {
      io.error(error.message);
      return 1;
    }
    throw error;
  }
  io.out(server.url);
  io.out(`Staffroom is running for this browser address only. Data folder: ${dataFolder}. Press Ctrl+C to stop.`);
  const running = server;
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}
