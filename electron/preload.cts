/**
 * The sandboxed preload (CommonJS, the only kind a sandbox loads): exposes exactly one function
 * per contract channel as `window.staffroom`, each calling ipcMain through its own fixed channel
 * name. ipcRenderer itself never reaches the page.
 */
import electron = require('electron');
import type { ChannelName, InputOf, OutputOf, StaffroomBridge } from '../api/contract';
import type { Envelope } from '../api/result';

function call<C extends ChannelName>(channel: C): (input: InputOf<C>) => Promise<Envelope<OutputOf<C>>> {
  return (input) => electron.ipcRenderer.invoke(channel, input);
}

const api = {
  'app:info': call('app:info'),
  'app:openExternal': call('app:openExternal'),
  'school:summary': call('school:summary'),
  'school:get': call('school:get'),
  'school:listDemos': call('school:listDemos'),
  'school:openDemo': call('school:openDemo'),
  'import:preview': call('import:preview'),
  'import:apply': call('import:apply'),
} satisfies StaffroomBridge;

electron.contextBridge.exposeInMainWorld('staffroom', api);
