/**
 * The renderer's one way into the app: `client.call('school:get')`, typed by the contract and
 * unwrapped, so a failure arrives as a typed ApiError. The same client runs over the preload
 * bridge (desktop) or over HTTP (`staffroom serve`); only the `invoke` underneath differs.
 */
import type { ChannelName, InputOf, OutputOf } from '../../api/contract';
import { ApiError, isEnvelope, unwrap, type Envelope } from '../../api/result';

export type Invoke = <C extends ChannelName>(channel: C, input: InputOf<C>) => Promise<Envelope<OutputOf<C>>>;

/** A channel that takes nothing (or whose input is optional) may be called with no input argument. */
export type InputArgs<C extends ChannelName> = undefined extends InputOf<C> ? [input?: InputOf<C>] : [input: InputOf<C>];

export interface Client {
  call<C extends ChannelName>(channel: C, ...input: InputArgs<C>): Promise<OutputOf<C>>;
}

export function createClient(invoke: Invoke): Client {
  return {
    async call<C extends ChannelName>(channel: C, ...args: InputArgs<C>): Promise<OutputOf<C>> {
      // With no argument, args[0] is undefined, which is exactly the input of a channel that takes none.
      const envelope: unknown = await invoke(channel, args[0] as InputOf<C>);
      if (!isEnvelope(envelope)) throw new ApiError('bad-response', 'Staffroom got an answer it did not understand. Try again.');
      return unwrap(envelope as Envelope<OutputOf<C>>);
    },
  };
}
