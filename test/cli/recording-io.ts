/** A command's console in memory for tests: every line it writes, and files read from disk unless told otherwise. */
import { readFileSync } from 'node:fs';
import type { CliIo } from '../../cli/io';

export type RecordingIo = CliIo & { out: string[]; err: string[] };

export function recordingIo(readFile: CliIo['readFile'] = async (path) => readFileSync(path, 'utf8')): RecordingIo {
  const out: string[] = [];
  const err: string[] = [];
  return { out, err, stdout: (line) => out.push(line), stderr: (line) => err.push(line), readFile };
}
