import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { parseServeArgs, run as serve } from '../../cli/serve';
import { run } from '../../cli/staffroom';
import { recordingIo } from './recording-io';

describe('staffroom serve options', () => {
  it('defaults to a free port and the usual data folder', () => {
    expect(parseServeArgs([])).toEqual({ port: 0, dataFolder: undefined });
  });

  it('reads --port and --data, in both spellings', () => {
    expect(parseServeArgs(['--port', '8080', '--data', 'school data'])).toEqual({ port: 8080, dataFolder: 'school data' });
    expect(parseServeArgs(['--port=0', '--data=/srv/x'])).toEqual({ port: 0, dataFolder: '/srv/x' });
  });

  it('explains a wrong option plainly', () => {
    expect(parseServeArgs(['--port', 'eighty'])).toEqual({ error: '--port must be a whole number from 0 to 65535, not "eighty"' });
    expect(parseServeArgs(['--port', '70000'])).toEqual({ error: '--port must be a whole number from 0 to 65535, not "70000"' });
    expect(parseServeArgs(['--data'])).toEqual({ error: '--data needs a folder' });
    expect(parseServeArgs(['--host', '0.0.0.0'])).toEqual({ error: 'unknown option --host' });
  });

  it('exits 2 with its usage on a wrong option, starting nothing', async () => {
    const io = recordingIo(async () => '');
    expect(await serve(['--port', '-1'], io)).toBe(2);
    expect(io.out).toEqual([]);
    expect(io.err).toEqual(['staffroom serve: --port must be a whole number from 0 to 65535, not "-1"', 'usage: staffroom serve [--port N] [--data <folder>]']);
  });

  it('says plainly when the port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const address = blocker.address();
    if (address === null || typeof address === 'string') throw new Error('expected a TCP address');
    const io = recordingIo(async () => '');
    try {
      expect(await serve(['--port', String(address.port), '--data', '/tmp/unused'], io)).toBe(1);
      expect(io.err).toEqual([`staffroom serve: Port ${address.port} is already in use; choose another with --port, or --port 0 for any free port.`]);
      expect(io.out).toEqual([]);
    } finally {
      blocker.close();
    }
  });

  it('is listed by staffroom --help and has its own --help', async () => {
    const io = recordingIo(async () => '');
    expect(await run(['--help'], io)).toBe(0);
    expect(io.out.some((line) => /^ {2}serve +run Staffroom in your web browser/.test(line))).toBe(true);
    const own = recordingIo(async () => '');
    expect(await run(['serve', '--help'], own)).toBe(0);
    expect(own.out[0]).toBe('usage: staffroom serve [--port N] [--data <folder>]');
  });
});
