/** `staffroom <command>`: the command line. Each command lives in its own file and loads on demand. */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { nodeIo, type CliIo, type CommandRun } from './io';

interface CommandEntry {
  summary: string;
  load: () => Promise<{ run: CommandRun }>;
}

/** Every command, in the order the usage lists them. Adding one is one line here. */
const COMMANDS: Record<string, CommandEntry> = {
  serve: { summary: 'run Staffroom in your web browser, on this computer only', load: () => import('./serve') },
  validate: { summary: 'check a school file and list every problem in it', load: () => import('./validate') },
  solve: { summary: 'plan a school file: place and staff every session and cover need', load: () => import('./solve') },
  import: { summary: 'import pupils, staff or the timetable from a SIMS, Arbor or Bromcom CSV export', load: () => import('./import') },
  export: { summary: 'write printable timetables, spreadsheets or calendars of a school file into a folder', load: () => import('./export') },
};

/** Runs `staffroom` with its arguments (without `node` and the script); returns the exit code. */
export async function run(argv: string[], io: CliIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    printUsage(io.stdout);
    return 0;
  }
  if (name === undefined) {
    printUsage(io.stderr);
    return 2;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (command === undefined) {
    io.stderr(`staffroom: there is no command ${JSON.stringify(name)}`);
    printUsage(io.stderr);
    return 2;
  }
  const { run: runCommand } = await command.load();
  return runCommand(args, io);
}

/** The entry point of `bin/staffroom.js`. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  // `staffroom validate big.json | head` closes the pipe early; that is the reader's choice, not a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  return run(argv, nodeIo);
}

function printUsage(write: (line: string) => void): void {
  write('usage: staffroom <command> [arguments]');
  write('');
  write('commands:');
  const width = Math.max(...Object.keys(COMMANDS).map((name) => name.length));
  for (const [name, command] of Object.entries(COMMANDS)) write(`  ${name.padEnd(width)}  ${command.summary}`);
  write('');
  write('Run "staffroom <command> --help" for more about a command.');
}

// Run directly (`tsx cli/staffroom.ts ...` or `node dist/node/staffroom.js ...`) rather than
// imported by bin/staffroom.js or a test.
if (isMainModule()) process.exitCode = await main();

function isMainModule(): boolean {
  const script = process.argv[1];
  if (script === undefined) return false;
  try {
    return import.meta.url === pathToFileURL(realpathSync(script)).href;
  } catch {
    return false;
  }
}
