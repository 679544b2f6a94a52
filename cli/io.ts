/** Where a command writes: stdout for results, stderr for messages to the person. */
export interface CommandIo {
  out(line: string): void;
  error(line: string): void;
}

export const processIo: CommandIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};
