/** Every handler, one per contract channel, merged into one object the type checker holds to the contract. */
import { appHandlers } from './app';
import { calendarHandlers } from './calendar';
import { editHandlers } from './edit';
import { entityHandlers } from './entities';
import { exportHandlers } from './export';
import { fileHandlers } from './file';
import { gridHandlers } from './grid';
import { importHandlers } from './import';
import { schoolHandlers } from './school';
import type { Handlers } from './types';

export const handlers: Handlers = {
  ...appHandlers,
  ...schoolHandlers,
  ...editHandlers,
  ...entityHandlers,
  ...calendarHandlers,
  ...fileHandlers,
  ...importHandlers,
  ...gridHandlers,
  ...exportHandlers,
};
