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
  'edit:undo': call('edit:undo'),
  'edit:redo': call('edit:redo'),
  'edit:history': call('edit:history'),
  'edit:deleteImpact': call('edit:deleteImpact'),
  'staff:save': call('staff:save'),
  'staff:delete': call('staff:delete'),
  'pupil:save': call('pupil:save'),
  'pupil:delete': call('pupil:delete'),
  'group:save': call('group:save'),
  'group:delete': call('group:delete'),
  'cover:save': call('cover:save'),
  'cover:addForSlots': call('cover:addForSlots'),
  'cover:delete': call('cover:delete'),
  'room:save': call('room:save'),
  'room:delete': call('room:delete'),
  'skill:save': call('skill:save'),
  'skill:delete': call('skill:delete'),
  'class:save': call('class:save'),
  'class:delete': call('class:delete'),
  'session:save': call('session:save'),
  'session:delete': call('session:delete'),
  'calendar:save': call('calendar:save'),
  'file:checkSchool': call('file:checkSchool'),
  'file:importSchool': call('file:importSchool'),
  'file:exportSchool': call('file:exportSchool'),
  'import:preview': call('import:preview'),
  'import:apply': call('import:apply'),
  'plan:targets': call('plan:targets'),
  'session:move': call('session:move'),
  'session:pin': call('session:pin'),
  'session:unpin': call('session:unpin'),
  'session:remove': call('session:remove'),
  'session:alternatives': call('session:alternatives'),
  'plan:start': call('plan:start'),
  'plan:progress': call('plan:progress'),
  'plan:cancel': call('plan:cancel'),
  'plan:accept': call('plan:accept'),
  'plan:discard': call('plan:discard'),
  'export:render': call('export:render'),
  'export:pdf': call('export:pdf'),
} satisfies StaffroomBridge;

electron.contextBridge.exposeInMainWorld('staffroom', api);
