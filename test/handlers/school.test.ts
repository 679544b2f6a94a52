import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../handlers/dispatch';
import { schoolSchema } from '../../solver/model/school-file';
import { contextFixture, type ContextFixture } from './fixture';

const primary = schoolSchema.parse(JSON.parse(readFileSync('demo/primary.json', 'utf8')));
const secondary = schoolSchema.parse(JSON.parse(readFileSync('demo/secondary.json', 'utf8')));

let fixture: ContextFixture;
afterEach(() => fixture?.dispose());

describe('school handlers', () => {
  it('reports no school on first start', async () => {
    fixture = contextFixture();
    expect(await dispatch('school:summary', undefined, fixture.context)).toEqual({ ok: true, value: { open: false } });
    expect(await dispatch('school:get', undefined, fixture.context)).toMatchObject({ ok: false, error: { code: 'no-school' } });
  });

  it('offers both bundled demo schools by name', async () => {
    fixture = contextFixture();
    const result = await dispatch('school:listDemos', undefined, fixture.context);
    expect(result).toMatchObject({
      ok: true,
      value: [
        { phase: 'primary', summary: { name: 'Brackenfold Primary School', weeks: ['A'], counts: { staff: primary.staff.length } } },
        { phase: 'secondary', summary: { name: 'Elderwood Vale Academy', weeks: ['A', 'B'], counts: { pupils: secondary.pupils.length } } },
      ],
    });
  });

  it('opens the chosen demo school and then serves it back exactly', async () => {
    fixture = contextFixture();
    const opened = await dispatch('school:openDemo', { phase: 'secondary' }, fixture.context);
    expect(opened).toMatchObject({ ok: true, value: { name: 'Elderwood Vale Academy', counts: { groups: secondary.groups.length, sessions: 3 } } });
    expect(await dispatch('school:summary', undefined, fixture.context)).toMatchObject({ ok: true, value: { open: true, summary: { name: 'Elderwood Vale Academy' } } });
    expect(await dispatch('school:get', undefined, fixture.context)).toEqual({ ok: true, value: secondary });
  });

  it('will not replace an open school with a demo, and changes nothing', async () => {
    fixture = contextFixture();
    await dispatch('school:openDemo', { phase: 'primary' }, fixture.context);
    const changes = fixture.changes();
    const again = await dispatch('school:openDemo', { phase: 'secondary' }, fixture.context);
    expect(again).toMatchObject({ ok: false, error: { code: 'school-exists', message: expect.stringContaining('Brackenfold Primary School') } });
    expect(fixture.changes()).toBe(changes);
    expect(await dispatch('school:get', undefined, fixture.context)).toEqual({ ok: true, value: primary });
  });

  it('keeps the school in the data folder for the next start', async () => {
    fixture = contextFixture();
    await dispatch('school:openDemo', { phase: 'primary' }, fixture.context);
    fixture.context.close();
    expect(await dispatch('school:summary', undefined, fixture.context)).toMatchObject({ ok: true, value: { open: true, summary: { name: 'Brackenfold Primary School' } } });
  });
});
