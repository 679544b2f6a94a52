/**
 * `staffroom serve [--port N] [--data <folder>]`: runs Staffroom in a local browser. The first
 * line of output is the address to open (with this run's secret in its fragment).
 */
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { findAppRoot } from '../handlers/app-root';
import { dataFolderFor } from '../handlers/data-folder';
import { PortInUseError, startServer, type RunningServer } from '../server/serve';
import type { CliIo } from './io';

export const usage = 'staffroom serve [--port N] [--data <folder>]';

export interface ServeArgs {
  port: number;
  dataFolder: string | undefined;
}

export function parseServeArgs(args: readonly string[]): ServeArgs | { error: string } {
  let port = 0;
  let dataFolder: string | undefined;
  for (let i = 0; i < args.length; i += 1) {
    const arg = args[i] ?? '';
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const flag = equals > 0 ? arg.slice(0, equals) : arg;
    if (flag !== '--port' && flag !== '--data') return { error: `unknown option ${arg}` };
    const value = equals > 0 ? arg.slice(equals + 1) : args[++i];
    if (value === undefined || value === '') return { error: flag === '--port' ? '--port needs a number' : '--data needs a folder' };
    if (flag === '--port') {
      if (!/^\d+$/.test(value) || Number(value) > 65535) return { error: `--port must be a whole number from 0 to 65535, not ${JSON.stringify(value)}` };
      port = Number(value);
    } else {
      dataFolder = value;
    }
  }
  return { port, dataFolder };
}

/** Starts the server and returns 0 once it listens (the process then serves until stopped); 1 or 2 when it cannot start. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: ${usage}`);
    io.stdout('Runs Staffroom in your web browser, on this computer only. The first line printed is the address to open.');
    io.stdout('--port N chooses the port (0, the default, picks a free one); --data <folder> chooses the data folder.');
    return 0;
  }
  const parsed = parseServeArgs(args);
  if ('error' in parsed) {
    io.stderr(`staffroom serve: ${parsed.error}`);
    io.stderr(`usage: ${usage}`);
    return 2;
  }
  const dataFolder = parsed.dataFolder
    ? resolve(parsed.dataFolder)
    : dataFolderFor({ platform: process.platform, home: homedir(), env: process.env });
  let server: RunningServer;
  try {
    server = await startServer({ app: findAppRoot(import.meta.url), dataFolder, port: parsed.port, log: io.stderr });
  } catch (error) {
    if (!(error instanceof PortInUseError)) throw error;
    io.stderr(`staffroom serve: ${error.message}`);
    return 1;
  }
  io.stdout(server.url);
  io.stdout(`Staffroom is running for this browser address only. Data folder: ${dataFolder}. Press Ctrl+C to stop.`);
  const stop = () => void server.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}
