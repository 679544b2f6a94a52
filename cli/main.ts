/** The `staffroom` command line: `staffroom <command> [options]`, dispatched to one function per command. */
import { processIo, type CommandIo } from './io';
import { serveCommand } from './serve';

type Command = (args: readonly string[], io: CommandIo) => Promise<number>;

const commands: Readonly<Record<string, Command>> = {
  serve: serveCommand,
};

const USAGE = [
  'Usage: staffroom <command> [options]',
  'Commands:',
  '  serve [--port N] [--data <folder>]   run Staffroom in your browser on this computer only',
].join('\n');

export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    io.out(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = commands[name];
  if (!command) {
    io.error(`Unknown command "${name}".\n${USAGE}`);
    return 2;
  }
  return command(args, io);
}
