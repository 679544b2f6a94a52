/** What a command may do to the outside world, so commands run in-process in tests. */
import { readFile } from 'node:fs/promises';

/** The console and files as a command sees them. */
export interface CliIo {
  /** Writes one line of the command's output. */
  stdout(line: string): void;
  /** Writes one line of a message about the run itself (usage, unreadable file). */
  stderr(line: string): void;
  /** Reads a whole text file as UTF-8; rejects with a Node-style error (with `code`) when it cannot. */
  readFile(path: string): Promise<string>;
}

/** A command of `staffroom <command>`: runs with the arguments after its name, returns the exit code. */
export type CommandRun = (args: string[], io: CliIo) => Promise<number>;

/** The real console and file system. */
export const nodeIo: CliIo = {
  stdout: (line) => process.stdout.write(`${line}\n`),
  stderr: (line) => process.stderr.write(`${line}\n`),
  readFile: (path) => readFile(path, 'utf8'),
};

/** Why a file could not be read, in plain words. */
export function readFailure(path: string, error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const reasons: Record<string, string> = {
    ENOENT: 'there is no such file',
    EISDIR: 'it is a folder, not a file',
    EACCES: 'permission to read it was refused',
    EPERM: 'permission to read it was refused',
  };
  const reason = reasons[code] ?? (error instanceof Error ? error.message : String(error));
  return `cannot read ${JSON.stringify(path)}: ${reason}`;
}
