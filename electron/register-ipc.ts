/**
 * The one place IPC channels are registered: for every channel of the contract, check the sender
 * is the app's own window, then hand the payload to the shared dispatcher (which validates it
 * against the contract and calls the plain handler). Handlers never see ipcMain.
 */
import { channelNames } from '../api/contract';
import { failure, type Envelope } from '../api/result';
import type { HandlerContext } from '../handlers/context';
import { dispatch, type DispatchOptions } from '../handlers/dispatch';
import type { InvokeEvent } from './sender';

/** The part of Electron's ipcMain used here; Electron's own ipcMain fits it. */
export interface IpcHandleRegistry {
  handle(channel: string, listener: (event: InvokeEvent, payload: unknown) => Promise<Envelope<unknown>>): void;
}

export interface IpcSetup {
  context: HandlerContext;
  isTrustedSender(event: InvokeEvent): boolean;
  dispatchOptions?: DispatchOptions;
}

export function registerIpc(ipc: IpcHandleRegistry, setup: IpcSetup): void {
  for (const channel of channelNames) {
    ipc.handle(channel, async (event, payload) => {
      if (!setup.isTrustedSender(event)) {
        return failure({ code: 'forbidden', message: 'Only the Staffroom window may make this request.' });
      }
      return dispatch(channel, payload, setup.context, setup.dispatchOptions);
    });
  }
}
