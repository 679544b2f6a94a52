/** Starts the built `staffroom serve` as its own process, as a person would, and reads the address it prints. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface ServeProcess {
  url: string;
  origin: string;
  stop(): Promise<void>;
}

export async function startServeProcess(dataFolder: string): Promise<ServeProcess> {
  if (!existsSync('dist/node/staffroom.js')) throw new Error('Build first: npm run build (npm test does it).');
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, ['bin/staffroom.js', 'serve', '--port', '0', '--data', dataFolder], {
    stdio: 'pipe',
  });
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => resolve(line));
    child.once('exit', (code) => reject(new Error(`staffroom serve exited (${code}) before printing its address: ${errors}`)));
  });
  return {
    url: firstLine,
    origin: new URL(firstLine).origin,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
