/**
 * Print and export: choose a view (adults, groups, pupils, rooms, the rota, the cover sheet or a
 * daily sheet), who is in it, and how it leaves the app: printed (or saved as a PDF), as a web
 * page, a spreadsheet, or a calendar file. The pages come from the same code as
 * `staffroom export`, so a printout, a file and the command line always agree.
 */
import { useCallback, useMemo, useState } from 'react';
import type { ExportRenderRequest } from '../../api/contract';
import type { ApiError } from '../../api/result';
import { EXPORT_VIEWS, VIEW_TITLES, type ExportView } from '../../export/choices';
import type { Day } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { asApiError, useRequest } from '../api/use-request';
import { Problem } from '../components/Problem';
import { download } from '../files/download';
import { PrintPreview, type ReadyPages } from '../print/PrintPreview';
import { WhoPicker } from '../print/WhoPicker';
import { NOUNS, adultsWithSessions, choicesFor, firstDay, firstSheetDate, isPeopleView } from '../print/choices';
import { DAY_NAMES, type SchoolIndex } from '../school/words';

type Way = 'print' | 'html' | 'csv' | 'ics';

const WAYS: readonly { way: Way; label: string; hint: string }[] = [
  { way: 'print', label: 'Print, or save as PDF', hint: 'A4 landscape, a page each, with the school, week and date on every page' },
  { way: 'html', label: 'Web page (HTML)', hint: 'one file that opens in any browser, for the school’s intranet' },
  { way: 'csv', label: 'Spreadsheet (CSV)', hint: 'for Excel: one row per session, lesson or commitment' },
  { way: 'ics', label: 'Calendar (iCalendar)', hint: 'for one adult’s calendar: weekly events on the real term dates' },
];

const VIEW_HINTS: Readonly<Record<ExportView, string>> = {
  staff: 'where each adult is, every period of the week (both weeks of a two-week timetable)',
  groups: 'each intervention group’s sessions, its pupils and the lessons they leave',
  pupils: 'each pupil’s week and the lessons their interventions take them out of',
  rooms: 'what happens in each room, period by period',
  rota: 'every adult with a session, by period: a page for each day',
  ppa: 'who takes which class, when',
  day: 'for morning briefing: every adult with a session that day, with pupils and rooms',
};

function todayHere(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

function base64Bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** A choice of the form: changing it makes the pages on show out of date. */
function useChoice<T>(initial: T | (() => T), onChange: () => void): [T, (value: T) => void] {
  const [value, set] = useState<T>(initial);
  const change = useCallback((next: T) => {
    set(next);
    onChange();
  }, [onChange]);
  return [value, change];
}

export function PrintScreen({ index }: { index: SchoolIndex }) {
  const client = useClient();
  const { school } = index;
  const { calendar } = school;
  const hasTerms = (calendar.terms?.length ?? 0) > 0;
  const [info] = useRequest(useCallback(() => client.call('app:info'), [client]));
  const runtime = info.status === 'done' ? info.value.runtime : undefined;

  const [pages, setPages] = useState<ReadyPages | null>(null);
  const outdated = useCallback(() => setPages(null), []);
  const [view, setView] = useChoice<ExportView>('staff', outdated);
  const [way, setWay] = useState<Way>('print');
  const [everyone, setEveryone] = useChoice(true, outdated);
  const [chosen, setChosen] = useChoice<Set<string>>(() => new Set(), outdated);
  const calendarAdults = useMemo(() => adultsWithSessions(school), [school]);
  const [pickedAdult, setCalendarAdult] = useState('');
  const calendarAdult = calendarAdults.some((a) => a.id === pickedAdult) ? pickedAdult : (calendarAdults[0]?.id ?? '');
  const [date, setDate] = useChoice(() => firstSheetDate(school, todayHere()), outdated);
  const [day, setDay] = useChoice<Day>(() => firstDay(school), outdated);
  const [week, setWeek] = useChoice<string>(calendar.weeks[0] ?? 'A', outdated);
  const [working, setWorking] = useState(false);
  const [status, setStatus] = useState('');
  const [problem, setProblem] = useState<ApiError | null>(null);

  const peopleView = isPeopleView(view);
  const choices = useMemo(() => (isPeopleView(view) ? choicesFor(school, view) : []), [school, view]);
  const canCalendar = view === 'staff';
  const chosenWay = way === 'ics' && !canCalendar ? 'print' : way;

  const request = (format: 'html' | 'csv' | 'ics'): ExportRenderRequest | string => {
    const base: ExportRenderRequest = { view, format };
    if (format === 'ics') {
      if (calendarAdult === '') return 'No adult has a session in the plan yet, so there is no calendar to make.';
      return { view: 'staff', format, who: [calendarAdult] };
    }
    if (peopleView && !everyone) {
      if (chosen.size === 0) return `Choose at least one ${NOUNS[view as 'staff'].one}, or print every one.`;
      return { ...base, who: choices.filter((c) => chosen.has(c.id)).map((c) => c.id) };
    }
    if (view === 'day') {
      if (hasTerms) return date === '' ? 'Choose the date of the daily sheet.' : { ...base, date };
      return { ...base, day, ...(calendar.weeks.length > 1 ? { week } : {}) };
    }
    return base;
  };

  const run = async (action: () => Promise<string>) => {
    setWorking(true);
    setProblem(null);
    try {
      setStatus(await action());
    } catch (error) {
      setStatus('');
      setProblem(asApiError(error));
    } finally {
      setWorking(false);
    }
  };

  const go = () => {
    const format = chosenWay === 'print' ? 'html' : chosenWay;
    const asked = request(format);
    if (typeof asked === 'string') {
      setPages(null);
      setStatus(asked);
      return;
    }
    void run(async () => {
      const result = await client.call('export:render', asked);
      const notes = result.notes.length > 0 ? ` ${result.notes.join(' ')}` : '';
      if (chosenWay === 'print') {
        const [file] = result.files;
        if (!file) return 'There was nothing to print.';
        setPages({ title: VIEW_TITLES[view], fileName: file.fileName, html: file.text, sheets: result.sheets });
        return `${VIEW_TITLES[view]}: ${result.sheets} ${result.sheets === 1 ? 'page is' : 'pages are'} ready to print below.${notes}`;
      }
      for (const file of result.files) download(file.fileName, file.mediaType, file.text);
      return `Saved ${result.files.map((f) => f.fileName).join(', ')}.${notes}`;
    });
  };

  const savePdf = () => {
    const asked = request('html');
    if (typeof asked === 'string') return setStatus(asked);
    const { format: _format, ...input } = asked;
    void run(async () => {
      const pdf = await client.call('export:pdf', input);
      download(pdf.fileName, 'application/pdf', base64Bytes(pdf.base64));
      return `Saved ${pdf.fileName} (${pdf.sheets} ${pdf.sheets === 1 ? 'page' : 'pages'}).`;
    });
  };

  const saveHtml = () => {
    if (!pages) return;
    download(pages.fileName, 'text/html', pages.html);
    setStatus(`Saved ${pages.fileName}.`);
  };

  return (
    <div className="print-export">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          go();
        }}
      >
        <fieldset className="views">
          <legend>What</legend>
          {EXPORT_VIEWS.map((v) => (
            <label key={v}>
              <input type="radio" name="print-view" value={v} checked={view === v} onChange={() => setView(v)} />
              <span><strong>{VIEW_TITLES[v]}</strong> <span className="muted">— {VIEW_HINTS[v]}</span></span>
            </label>
          ))}
        </fieldset>

        {peopleView && chosenWay !== 'ics' && (
          <WhoPicker noun={NOUNS[view as 'staff']} choices={choices} everyone={everyone} chosen={chosen} onEveryone={setEveryone} onChosen={setChosen} />
        )}
        {chosenWay === 'ics' && (
          <fieldset className="who">
            <legend>Whose calendar</legend>
            {calendarAdults.length === 0
              ? <p className="muted">No adult has a session in the plan yet.</p>
              : (
                <label>
                  Adult{' '}
                  <select value={calendarAdult} onChange={(e) => setCalendarAdult(e.target.value)}>
                    {calendarAdults.map((a) => <option key={a.id} value={a.id}>{a.name} ({a.detail})</option>)}
                  </select>
                </label>
              )}
            <p className="muted">A calendar file is for one adult. The command line (staffroom export) writes one for everyone at once.</p>
          </fieldset>
        )}
        {view === 'day' && (
          <fieldset className="when">
            <legend>Which day</legend>
            {hasTerms
              ? (
                <label>
                  Date{' '}
                  <input type="date" value={date} onChange={(e) => setDate(e.target.value)} required />
                  <span className="muted"> The week (A or B) comes from the term dates.</span>
                </label>
              )
              : (
                <>
                  <label>
                    Day{' '}
                    <select value={day} onChange={(e) => setDay(e.target.value as Day)}>
                      {calendar.days.map((d) => <option key={d} value={d}>{DAY_NAMES[d]}</option>)}
                    </select>
                  </label>
                  {calendar.weeks.length > 1 && (
                    <label>
                      Week{' '}
                      <select value={week} onChange={(e) => setWeek(e.target.value)}>
                        {calendar.weeks.map((w) => <option key={w} value={w}>Week {w}</option>)}
                      </select>
                    </label>
                  )}
                </>
              )}
          </fieldset>
        )}

        <fieldset className="ways">
          <legend>How</legend>
          {WAYS.filter((w) => w.way !== 'ics' || canCalendar).map((w) => (
            <label key={w.way}>
              <input type="radio" name="print-way" value={w.way} checked={chosenWay === w.way} onChange={() => setWay(w.way)} />
              <span><strong>{w.label}</strong> <span className="muted">— {w.hint}</span></span>
            </label>
          ))}
        </fieldset>

        <div className="print-go">
          <button type="submit" disabled={working}>{chosenWay === 'print' ? 'Show the pages' : 'Save the file'}</button>
          <p className="print-status" role="status">{working ? 'Working…' : status}</p>
        </div>
      </form>
      {problem && <Problem error={problem} />}
      {pages && chosenWay === 'print' && (
        <PrintPreview pages={pages} runtime={runtime} working={working} onSavePdf={savePdf} onDownloadHtml={saveHtml} />
      )}
    </div>
  );
}
