/** Every handler, one per contract channel, merged into one object the type checker holds to the contract. */
import { appHandlers } from './app';
import { importHandlers } from './import';
import { schoolHandlers } from './school';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...appHandlers,
  ...schoolHandlers,
  ...importHandlers,
};
