/** `staffroom validate <school.json>`: checks a school file and lists every problem in it. */
import { describeSchool, parseSchoolText } from '../solver/model/validate';
import { readFailure, type CliIo } from './io';

export const usage = 'staffroom validate <school.json>';

/** Checks one school file: exit 0 when it is valid, 1 when it has problems, 2 when it cannot be read. */
export async function run(args: string[], io: CliIo): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    io.stdout(`usage: ${usage}`);
    io.stdout('Checks a staffroom/1 school file and lists every problem as <path>: <message>.');
    io.stdout('Exit code 0: the file is valid (warnings may be listed); 1: it has problems; 2: it could not be read.');
    return 0;
  }
  const unknownOption = args.find((a) => a.startsWith('-') && a !== '-');
  if (unknownOption !== undefined) return usageError(io, `unknown option ${unknownOption}`);
  if (args.length === 0) return usageError(io, 'give the school file to check');
  if (args.length > 1) return usageError(io, 'give one school file at a time');
  const file = args[0] ?? '';

  let text: string;
  try {
    text = await io.readFile(file);
  } catch (error) {
    io.stderr(`staffroom validate: ${readFailure(file, error)}`);
    return 2;
  }

  const result = parseSchoolText(text);
  if (!result.ok) {
    for (const problem of result.problems) io.stdout(`${problem.path}: ${problem.message}`);
    const n = result.problems.length;
    io.stdout(`${n} problem${n === 1 ? '' : 's'} in ${file}`);
    return 1;
  }
  io.stdout(describeSchool(result.school));
  for (const warning of result.warnings) io.stdout(`warning: ${warning.path}: ${warning.message}`);
  return 0;
}

function usageError(io: CliIo, message: string): number {
  io.stderr(`staffroom validate: ${message}`);
  io.stderr(`usage: ${usage}`);
  return 2;
}
