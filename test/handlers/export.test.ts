import { afterEach, describe, expect, it } from 'vitest';
import type { ChannelName, InputOf, OutputOf } from '../../api/contract';
import type { Envelope } from '../../api/result';
import { replaceSchool } from '../../db';
import { dispatch } from '../../handlers/dispatch';
import { PDF_NEEDS_DESKTOP } from '../../handlers/export';
import { plannedSchool } from '../fixtures/planned';
import { contextFixture, type ContextFixture } from './fixture';

let fixture: ContextFixture;
afterEach(() => fixture?.dispose());

const call = async <C extends ChannelName>(channel: C, input: InputOf<C>) => (await dispatch(channel, input, fixture.context)) as Envelope<OutputOf<C>>;

describe('export:render', () => {
  it('renders the open school’s timetables as the files to save, changing nothing', async () => {
    fixture = contextFixture();
    replaceSchool(fixture.context.database(), plannedSchool('secondary'));
    const before = fixture.changes();
    const html = await call('export:render', { view: 'staff', format: 'html', who: ['H03', 'A01'] });
    expect(html).toMatchObject({ ok: true, value: { sheets: 2, notes: [], files: [{ fileName: 'elderwood-vale-academy-adults-2-chosen.html', mediaType: 'text/html' }] } });
    if (!html.ok) return;
    expect(html.value.files[0]?.text).toContain('<h1 id="sheet-1">George Baxter</h1>');
    const ics = await call('export:render', { view: 'staff', format: 'ics', who: ['H03'] });
    expect(ics).toMatchObject({ ok: true, value: { files: [{ fileName: 'elderwood-vale-academy-george-baxter.ics', mediaType: 'text/calendar' }] } });
    const day = await call('export:render', { view: 'day', format: 'csv', date: '2026-01-06' });
    expect(day).toMatchObject({ ok: true, value: { files: [{ fileName: 'elderwood-vale-academy-day-2026-01-06.csv' }] } });
    expect(fixture.changes()).toBe(before);
  });

  it('answers a request the school cannot meet in plain words', async () => {
    fixture = contextFixture();
    replaceSchool(fixture.context.database(), plannedSchool('secondary'));
    expect(await call('export:render', { view: 'pupils', format: 'html', who: ['NOBODY'] })).toEqual({
      ok: false, error: { code: 'invalid-input', message: 'The school has no pupil with the id "NOBODY".' },
    });
    expect(await call('export:render', { view: 'day', format: 'html', date: '2026-01-05' })).toMatchObject({
      ok: false, error: { message: 'There is no daily sheet for Monday 5 January 2026: the school is closed that day (an INSET day, bank holiday or other closure).' },
    });
    expect(await call('export:render', { view: 'rota', format: 'ics' })).toMatchObject({
      ok: false, error: { message: 'Calendar files are made for adults: choose the adults view for iCalendar.' },
    });
  });

  it('says so when no school is open', async () => {
    fixture = contextFixture();
    expect(await call('export:render', { view: 'rota', format: 'html' })).toMatchObject({ ok: false, error: { code: 'no-school' } });
  });
});

describe('export:pdf', () => {
  it('is for the desktop app: the browser path has no printer of its own, and says what to do instead', async () => {
    fixture = contextFixture();
    replaceSchool(fixture.context.database(), plannedSchool('secondary'));
    expect(await call('export:pdf', { view: 'rota' })).toEqual({ ok: false, error: { code: 'desktop-only', message: PDF_NEEDS_DESKTOP } });
  });

  it('prints the same HTML the export makes, and returns the PDF as base64 with a matching name', async () => {
    const printed: string[] = [];
    fixture = contextFixture({
      printToPdf: async (html) => {
        printed.push(html);
        return new TextEncoder().encode('%PDF-1.7 fake');
      },
    });
    replaceSchool(fixture.context.database(), plannedSchool('secondary'));
    const pdf = await call('export:pdf', { view: 'staff', who: ['H03'] });
    expect(pdf).toEqual({ ok: true, value: { fileName: 'elderwood-vale-academy-adult-george-baxter.pdf', base64: Buffer.from('%PDF-1.7 fake').toString('base64'), sheets: 1 } });
    const html = await call('export:render', { view: 'staff', format: 'html', who: ['H03'] });
    expect(html.ok && html.value.files[0]?.text).toBe(printed[0]);
  });
});
