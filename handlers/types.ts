/** The shape every handler has: a plain function of its validated input and the context. */
import type { ChannelName, OutputOf, ParsedInputOf } from '../api/contract';
import type { HandlerContext } from './context';

export type Handler<C extends ChannelName> = (
  input: ParsedInputOf<C>,
  context: HandlerContext,
) => OutputOf<C> | Promise<OutputOf<C>>;

export type Handlers = { readonly [C in ChannelName]: Handler<C> };

/** The handlers of one domain, e.g. `ChannelHandlers<'school'>` for every `school:*` channel. */
export type ChannelHandlers<Domain extends string> = {
  readonly [C in Extract<ChannelName, `${Domain}:${string}`>]: Handler<C>;
};
