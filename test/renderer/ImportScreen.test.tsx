/** The import screen against the real importer (as the handlers run it) on the primary demo school. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../api/contract';
import type { HistoryState } from '../../api/edits';
import { success } from '../../api/result';
import primaryJson from '../../demo/primary.json';
import { runImport } from '../../import/merge';
import { ClientProvider } from '../../renderer/api/ClientContext';
import { createClient, type Invoke } from '../../renderer/api/client';
import { ImportScreen } from '../../renderer/screens/ImportScreen';
import { schoolSchema } from '../../solver/model/school-file';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const primary = schoolSchema.parse(primaryJson);

function fakeHandlers() {
  const calls: string[] = [];
  const run = (request: InputOf<'import:preview'>) => {
    const outcome = runImport({
      kind: request.kind, bytes: Uint8Array.from(atob(request.data), (c) => c.charCodeAt(0)), school: primary,
      mapping: request.mapping ?? {}, edits: request.edits ?? [], today: '2025-09-22',
    });
    return { outcome, preview: { ...outcome.preview, fileName: request.fileName, remembered: false, mapping: { ...(request.mapping ?? {}) } } };
  };
  const invoke: Invoke = async (channel, input) => {
    calls.push(channel);
    const request = input as InputOf<'import:preview'>;
    if (channel === 'import:preview') return success(run(request).preview) as never;
    if (channel === 'import:apply') {
      const { outcome, preview } = run(request);
      if (!outcome.school) return success({ applied: false, preview }) as never;
      const label = `Imported ${request.kind} from ${request.fileName}: ${preview.added.length} added, ${preview.updated.length} updated, ${preview.left.length} left`;
      const history = { undo: label, redo: null };
      return success({ applied: true, changed: preview.added.length + preview.updated.length + preview.left.length > 0, label, summary: { name: 'x', phase: 'primary', weeks: ['A'], counts: {} }, preview, history }) as never;
    }
    throw new Error(`unexpected ${channel}`);
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
  for (let i = 0; i < 10; i += 1) await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
}

async function pick(file: File) {
  const input = container.querySelector<HTMLInputElement>('#import-file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
  await settle();
}

const button = (name: string) => {
  const found = [...container.querySelectorAll('button')].find((b) => b.textContent?.trim() === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
};

const pupils = (rows: string[]) => new File([`UPN,Surname,Forename,Year,SEN Status\r\n${rows.join('\r\n')}\r\n`], 'pupils.csv', { type: 'text/csv' });

describe('the import screen', () => {
  it('shows a rejected row, takes a correction in place, and confirms', async () => {
    const { client, calls } = fakeHandlers();
    const imported: [string, HistoryState][] = [];
    await act(async () => root.render(<ClientProvider client={client}><ImportScreen done={null} onImported={(m, h) => void imported.push([m, h])} /></ClientProvider>));
    const rows = primary.pupils.map((p) => `${p.upn},${p.name.split(' ').slice(1).join(' ')},${p.name.split(' ')[0]},${p.year},${p.sen}`);
    rows[3] = rows[3]!.replace(/,(\d|R|N),/, ',Year Seven,');
    await pick(pupils(rows));
    expect(container.textContent).toContain("Line 5: year group 'Year Seven' not recognised");
    expect(button('Confirm import').disabled).toBe(true);

    await act(async () => button('Correct line 5').click());
    const yearInput = [...container.querySelectorAll<HTMLLabelElement>('.row-cells label')].find((l) => l.textContent?.startsWith('Year'))?.querySelector('input');
    if (!yearInput) throw new Error('no Year input in the row editor');
    const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    await act(async () => {
      setValue?.call(yearInput, primary.pupils[3]!.year);
      yearInput.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await act(async () => button('Check line 5 again').click());
    await settle();
    expect(container.querySelector('.rejected')).toBeNull();
    expect(button('Confirm import').disabled).toBe(false);

    await act(async () => button('Confirm import').click());
    await settle();
    const label = 'Imported pupils from pupils.csv: 0 added, 0 updated, 0 left';
    expect(imported).toEqual([[`${label}. Nothing in the school changed.`, { undo: label, redo: null }]]);
    expect(calls.filter((c) => c === 'import:apply')).toHaveLength(1);
  });

  it('refuses a file over 11 MB before sending it, and Cancel leaves without saving', async () => {
    const { client, calls } = fakeHandlers();
    await act(async () => root.render(<ClientProvider client={client}><ImportScreen done="Imported last.csv: 1 added." onImported={() => undefined} /></ClientProvider>));
    expect(container.querySelector('.saved')?.textContent).toBe('Imported last.csv: 1 added.');
    const huge = new File(['x'], 'huge.csv');
    Object.defineProperty(huge, 'size', { value: 12 * 1024 * 1024 });
    await pick(huge);
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('That file is larger than 11 MB');
    expect(calls).toEqual([]);

    await pick(pupils(['G999241723107,Allerton,Luca,2,E']));
    expect(container.textContent).toContain('To mark as left:');
    expect(container.querySelector('.saved')).toBeNull();
    await act(async () => button('Cancel').click());
    expect(container.querySelector('.import-preview')).toBeNull();
    expect(calls).toEqual(['import:preview']);
  });
});
