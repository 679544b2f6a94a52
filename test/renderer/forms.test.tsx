/** A form against a stand-in for the handlers: its own checks, a refusal by field, and a save. */
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EditOutcome } from '../../api/edits';
import { success } from '../../api/result';
import { ClientProvider } from '../../renderer/api/ClientContext';
import { createClient, type Invoke } from '../../renderer/api/client';
import { EditingContext, type Editing } from '../../renderer/editing/EditingContext';
import { RoomForm } from '../../renderer/forms/RoomForm';
import { indexSchool } from '../../renderer/school/words';
import primaryJson from '../../demo/primary.json';
import { schoolSchema } from '../../solver/model/school-file';

declare global {
  var IS_REACT_ACT_ENVIRONMENT: boolean;
}

const school = schoolSchema.parse(primaryJson);
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

function setup(answer: (input: unknown) => EditOutcome) {
  const sent: unknown[] = [];
  const announced: string[] = [];
  const closed: (string | null)[] = [];
  const invoke: Invoke = async (channel, input) => {
    if (channel !== 'room:save') throw new Error(`unexpected ${channel}`);
    sent.push(input);
    return success(answer(input)) as never;
  };
  const editing: Editing = {
    school,
    index: indexSchool(school),
    afterEdit: async (message) => {
      announced.push(message);
    },
    applyPlan: (_plan, message) => announced.push(message),
    announce: (message) => announced.push(message),
    setFormOpen: () => undefined,
  };
  const render = () =>
    act(async () =>
      root.render(
        <ClientProvider client={createClient(invoke)}>
          <EditingContext value={editing}>
            <RoomForm room={null} done={(id) => closed.push(id)} />
          </EditingContext>
        </ClientProvider>,
      ),
    );
  return { sent, announced, closed, render };
}

function input(id: string): HTMLInputElement {
  const found = container.querySelector<HTMLInputElement>(`#${id}`);
  if (!found) throw new Error(`no #${id}`);
  return found;
}

async function type(id: string, value: string) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
  await act(async () => {
    setValue?.call(input(id), value);
    input(id).dispatchEvent(new Event('input', { bubbles: true }));
  });
}

async function submit() {
  const button = [...container.querySelectorAll('button')].find((b) => b.textContent === 'Add the room');
  await act(async () => button?.click());
  for (let i = 0; i < 5; i++) await act(async () => Promise.resolve());
}

describe('a form', () => {
  it('explains a missing name next to the field, ties it to the field, and sends nothing', async () => {
    const { sent, render } = setup(() => ({ saved: false, problems: [] }));
    await render();
    await submit();
    expect(sent).toEqual([]);
    const name = input('field-name');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector(`#${name.getAttribute('aria-describedby')}`)?.textContent).toBe('Problem: Enter the room’s name.');
    expect(container.querySelector('[role="alert"]')?.textContent).toContain('Nothing was saved');
  });

  it('shows a refusal from Staffroom next to the field it names', async () => {
    const { sent, closed, render } = setup(() => ({ saved: false, problems: [{ field: 'capacity', message: 'must be at least 1 (found 0)' }] }));
    await render();
    await type('field-name', 'Hub');
    await submit();
    expect(sent).toEqual([{ room: { name: 'Hub', kind: 'small-group', capacity: 8 } }]);
    expect(input('field-capacity').getAttribute('aria-invalid')).toBe('true');
    expect(container.querySelector('#field-capacity-error')?.textContent).toBe('Problem: must be at least 1 (found 0)');
    expect(closed).toEqual([]);
  });

  it('closes and announces the edit once saved', async () => {
    const { announced, closed, render } = setup(() => ({
      saved: true, changed: true, id: 'ROOM-9', label: 'Added room Hub', warnings: [], history: { undo: 'Added room Hub', redo: null },
    }));
    await render();
    await type('field-name', 'Hub');
    await submit();
    expect(announced).toEqual(['Saved: Added room Hub.']);
    expect(closed).toEqual(['ROOM-9']);
  });
});
