/** The renderer against an in-memory stand-in for the handlers: welcome, open a demo, browse the lists. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, OutputOf, SchoolSummary } from '../../api/contract';
import { ApiError, failure, success } from '../../api/result';
import { App } from '../../renderer/App';
import { ClientProvider } from '../../renderer/api/ClientContext';
import { createClient, type Invoke } from '../../renderer/api/client';
import primaryJson from '../../demo/primary.json';
import { schoolSchema, type School } from '../../solver/model/school-file';
import { runImport } from '../../import/merge';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const primary = schoolSchema.parse(primaryJson);
const summary = (school: School): SchoolSummary => ({
  name: school.school.name,
  phase: school.school.phase,
  weeks: school.calendar.weeks,
  counts: { staff: school.staff.length, pupils: school.pupils.length, classes: 0, lessons: 0, groups: school.groups.length, cover: school.cover.length, rooms: 0, sessions: 0 },
});

/** For channels these tests never call: failing loudly shows a test that strays. */
function notUsed(): never {
  throw new Error('this test does not expect this request');
}

function fakeApp() {
  let open: School | null = null;
  // What Undo would undo: only an import is an edit in these tests.
  let undo: string | null = null;
  const calls: string[] = [];
  const answers: { [C in ChannelName]: (input: InputOf<C>) => OutputOf<C> } = {
    'app:info': () => ({ name: 'Staffroom', version: '0.1.0', runtime: 'browser', dataFolder: '/data', databaseFile: '/data/staffroom.db' }),
    'app:openExternal': ({ url }) => ({ url, opened: true }),
    'school:summary': () => (open ? { open: true, summary: summary(open) } : { open: false }),
    'school:get': () => {
      if (!open) throw new ApiError('no-school', 'No school has been opened yet.');
      return open;
    },
    'school:listDemos': () => [{ phase: 'primary', summary: summary(primary) }],
    'school:openDemo': () => {
      open = primary;
      return summary(primary);
    },
    'edit:undo': () => ({ label: null, history: { undo: null, redo: null } }),
    'edit:redo': () => ({ label: null, history: { undo: null, redo: null } }),
    'edit:history': () => ({ entries: [], undo, redo: null }),
    'edit:deleteImpact': notUsed,
    'staff:save': notUsed,
    'staff:delete': notUsed,
    'pupil:save': notUsed,
    'pupil:delete': notUsed,
    'group:save': notUsed,
    'group:delete': notUsed,
    'cover:save': notUsed,
    'cover:addForSlots': notUsed,
    'cover:delete': notUsed,
    'room:save': notUsed,
    'room:delete': notUsed,
    'skill:save': notUsed,
    'skill:delete': notUsed,
    'class:save': notUsed,
    'class:delete': notUsed,
    'session:save': notUsed,
    'session:delete': notUsed,
    'calendar:save': notUsed,
    'file:checkSchool': notUsed,
    'file:importSchool': notUsed,
    'file:exportSchool': notUsed,
    'plan:targets': notUsed,
    'session:move': notUsed,
    'session:pin': notUsed,
    'session:unpin': notUsed,
    'session:remove': notUsed,
    'session:alternatives': notUsed,
    'plan:start': notUsed,
    'plan:progress': notUsed,
    'plan:cancel': notUsed,
    'plan:accept': notUsed,
    'plan:discard': notUsed,
    // The real importer, as the handlers run it, on the open school.
    'import:preview': (request) => previewOf(request),
    'import:apply': (request) => {
      const preview = previewOf(request);
      const merged = runImport(importInput(request)).school;
      if (!merged) return { applied: false, preview };
      open = merged;
      undo = `Imported ${request.kind} from ${request.fileName}: ${preview.added.length} added, ${preview.updated.length} updated, ${preview.left.length} left`;
      return { applied: true, changed: true, label: undo, summary: summary(merged), preview, history: { undo, redo: null } };
    },
    'export:render': notUsed,
    'export:pdf': notUsed,
  };
  const importInput = (request: InputOf<'import:preview'>) => ({
    kind: request.kind,
    bytes: Uint8Array.from(atob(request.data), (c) => c.charCodeAt(0)),
    school: open ?? primary,
    mapping: request.mapping ?? {},
    edits: request.edits ?? [],
    today: '2025-09-22',
  });
  const previewOf = (request: InputOf<'import:preview'>) => ({
    ...runImport(importInput(request)).preview, fileName: request.fileName, remembered: false, mapping: { ...(request.mapping ?? {}) },
  });
  const invoke: Invoke = async (channel, input) => {
    calls.push(channel);
    try {
      return success(answers[channel](input));
    } catch (error) {
      if (error instanceof ApiError) return failure(error.toBody());
      throw error;
    }
  };
  return { client: createClient(invoke), calls };
}

let container: HTMLDivElement;
let root: Root;

beforeEach(() => {
  globalThis.IS_REACT_ACT_ENVIRONMENT = true;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

async function settle() {
  for (let i = 0; i < 5; i += 1) await act(async () => Promise.resolve());
}

function button(name: string): HTMLButtonElement {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent === name);
  if (!found) throw new Error(`no button "${name}" on the screen`);
  return found;
}

async function click(name: string) {
  await act(async () => button(name).click());
  await settle();
}

describe('the renderer', () => {
  it('welcomes a first start, opens the chosen demo school, and shows its lists by name', async () => {
    const { client, calls } = fakeApp();
    await act(async () => root.render(<ClientProvider client={client}><App /></ClientProvider>));
    await settle();
    expect(container.querySelector('h1')?.textContent).toBe('Welcome to Staffroom');
    expect(container.textContent).toContain('35 staff, 64 pupils, 29 intervention groups');

    await click('Open Brackenfold Primary School');
    expect(calls).toContain('school:openDemo');
    expect(container.querySelector('h1')?.textContent).toBe('Brackenfold Primary School');
    expect(container.querySelector('nav[aria-label="Staffroom sections"]')).not.toBeNull();
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('Plan');

    await click('Staff');
    expect(container.querySelector('[aria-current="page"]')?.textContent).toBe('Staff');
    const caption = container.querySelector('caption')?.textContent;
    expect(caption).toMatch(/^Staff of Brackenfold Primary School/);
    const rows = container.querySelectorAll('tbody tr');
    expect(rows).toHaveLength(primary.staff.length);
    const firstStaff = primary.staff[0];
    if (!firstStaff) throw new Error('the primary school has staff');
    expect(container.textContent).toContain(firstStaff.name);
  });

  it('filters and sorts a list', async () => {
    const { client } = fakeApp();
    await act(async () => root.render(<ClientProvider client={client}><App /></ClientProvider>));
    await settle();
    await click('Open Brackenfold Primary School');
    await click('Pupils');
    const input = container.querySelector<HTMLInputElement>('input[type="search"]');
    if (!input) throw new Error('no filter box');
    const label = container.querySelector(`label[for="${input.id}"]`);
    expect(label?.textContent).toBe('Filter pupils');

    const somebody = primary.pupils[5];
    if (!somebody) throw new Error('the primary school has pupils');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    await act(async () => {
      setValue?.call(input, somebody.name);
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const shown = [...container.querySelectorAll('tbody tr')].map((r) => r.querySelector('td')?.textContent);
    expect(shown).toContain(somebody.name);
    expect(shown.length).toBeLessThan(primary.pupils.length);
    expect(container.querySelector('.list-count')?.textContent).toBe(`Showing ${shown.length} of ${primary.pupils.length} pupils`);

    await act(async () => {
      setValue?.call(input, '');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    const nameHeader = container.querySelector('th');
    expect(nameHeader?.getAttribute('aria-sort')).toBe('ascending');
    const firstAscending = container.querySelector('tbody td')?.textContent;
    await act(async () => nameHeader?.querySelector('button')?.click());
    expect(nameHeader?.getAttribute('aria-sort')).toBe('descending');
    const firstDescending = container.querySelector('tbody td')?.textContent;
    const names = primary.pupils.map((p) => p.name).sort((a, b) => a.localeCompare(b, 'en-GB'));
    expect(firstAscending).toBe(names[0]);
    expect(firstDescending).toBe(names.at(-1));
  });

  it('after an import, shows the new pupils, announces the import, offers to undo it, and starts a fresh Import screen', async () => {
    const { client, calls } = fakeApp();
    await act(async () => root.render(<ClientProvider client={client}><App /></ClientProvider>));
    await settle();
    await click('Open Brackenfold Primary School');
    await click('Import');
    expect(button('Undo').disabled).toBe(true);

    const rows = primary.pupils.map((p) => `${p.upn},${p.name.split(' ').slice(1).join(' ')},${p.name.split(' ')[0]},${p.year},${p.sen}`);
    const file = new File([`UPN,Surname,Forename,Year,SEN Status\r\n${[...rows, ',Newby,Nora,3,K'].join('\r\n')}\r\n`], 'pupils.csv', { type: 'text/csv' });
    const input = container.querySelector<HTMLInputElement>('#import-file');
    if (!input) throw new Error('no file input');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    for (let i = 0; i < 4; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(container.textContent).toContain('Before anything is saved');
    await click('Confirm import');
    for (let i = 0; i < 4; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));

    const label = 'Imported pupils from pupils.csv: 1 added, 0 updated, 0 left';
    expect(container.querySelector('header [role="status"]')?.textContent).toBe(`${label}.`);
    expect(button('Undo').disabled).toBe(false);
    expect(button('Undo').title).toBe(`Undo: ${label} (Ctrl+Z)`);
    // The Import screen starts afresh, with the result shown until the next file.
    expect(container.querySelector('.import-preview')).toBeNull();
    expect(container.querySelector('.saved')?.textContent).toBe(`${label}.`);
    expect(calls.filter((c) => c === 'school:get')).toHaveLength(2);

    await click('Pupils');
    expect(container.querySelectorAll('tbody tr')).toHaveLength(primary.pupils.length + 1);
    expect(container.textContent).toContain('Nora Newby');
  });

  it('shows a failure plainly instead of an empty screen', async () => {
    const invoke: Invoke = async () => failure({ code: 'database-too-new', message: 'This data was saved by a newer version of Staffroom.' });
    await act(async () => root.render(<ClientProvider client={createClient(invoke)}><App /></ClientProvider>));
    await settle();
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('This data was saved by a newer version of Staffroom.');
  });
});
