/**
 * The path every call takes after its transport has checked who is calling (Electron IPC in
 * electron/register-ipc.ts, HTTP in server/): look up the channel, validate the payload with the
 * contract's schema, run the plain handler, and turn the outcome into an envelope. A payload that
 * fails validation never reaches a handler, so it cannot write anything.
 */
import type { z } from 'zod';
import { contract, isChannelName, type ChannelName, type OutputOf, type ParsedInputOf } from '../api/contract';
import { ApiError, failure, success, type Envelope } from '../api/result';
import { DatabaseTooNewError, NoSchoolError } from '../db';
import type { HandlerContext } from './context';
import { handlers as allHandlers } from './index';
import { NO_SCHOOL_MESSAGE } from './school';
import type { Handlers } from './types';

export interface DispatchOptions {
  handlers?: Handlers;
  /** Where faults are reported; never given payloads, so no pupil data reaches a log. */
  log?: (line: string) => void;
}

export async function dispatch(
  channel: string,
  payload: unknown,
  context: HandlerContext,
  options: DispatchOptions = {},
): Promise<Envelope<unknown>> {
  if (!isChannelName(channel)) {
    return failure({ code: 'unknown-channel', message: `Staffroom has no request called "${channel}".` });
  }
  return run(channel, payload, context, options);
}

async function run<C extends ChannelName>(
  channel: C,
  payload: unknown,
  context: HandlerContext,
  { handlers = allHandlers, log = (line) => console.error(line) }: DispatchOptions,
): Promise<Envelope<OutputOf<C>>> {
  const parsed = parseInput(channel, payload);
  if (!parsed.success) return failure(invalidInput(channel, parsed.error));
  const handler: Handlers[C] = handlers[channel];
  try {
    return success(await handler(parsed.data, context));
  } catch (error) {
    if (error instanceof ApiError) return failure(error.toBody());
    if (error instanceof DatabaseTooNewError) return failure({ code: 'database-too-new', message: error.message });
    if (error instanceof NoSchoolError) return failure({ code: 'no-school', message: NO_SCHOOL_MESSAGE });
    log(`Staffroom: ${channel} failed: ${error instanceof Error ? (error.stack ?? error.name) : typeof error}`);
    return failure({
      code: 'internal',
      message: 'Something went wrong inside Staffroom, so this was not done. The details are in the log.',
    });
  }
}

// TypeScript cannot follow a generic channel from its schema to its handler (a correlated union),
// but ParsedInputOf<C> is by definition the output of exactly this schema, so the assertion is exact.
function parseInput<C extends ChannelName>(channel: C, payload: unknown): z.ZodSafeParseResult<ParsedInputOf<C>> {
  return contract[channel].input.safeParse(payload) as z.ZodSafeParseResult<ParsedInputOf<C>>;
}

function invalidInput(channel: ChannelName, error: z.ZodError) {
  const issue = error.issues[0];
  const path = issue?.path.map(String).join('.') ?? '';
  const detail = issue ? (path ? `${path}: ${issue.message}` : issue.message) : 'the input does not match';
  return {
    code: 'invalid-input' as const,
    message: `Staffroom refused a ${channel} request that it does not accept (${detail}). Nothing was changed.`,
    ...(path ? { path } : {}),
  };
}
