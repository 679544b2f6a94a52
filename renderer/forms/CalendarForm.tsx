/**
 * The school and its calendar: name and phase, one- or two-week timetable, school days, the
 * periods of the day with their kinds and times, the date the plan is for, terms and closures.
 * Saved as one edit; a change that would leave lessons or staff in a removed period is refused
 * with what still uses it.
 */
import { useCallback, useState } from 'react';
import type { Calendar, Day, Period, PeriodKind, Phase, School } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { useEditing } from '../editing/EditingContext';
import { useSave } from '../editing/use-save';
import { DAY_NAMES } from '../school/words';
import { date, Problems, required, time } from './checks';
import { CheckboxGroup, RadioGroup, SelectField, TextField } from './fields';
import { FormPage } from './FormPage';
import { RowsField } from './RowsField';

const PHASES: { value: Phase; label: string }[] = [
  { value: 'primary', label: 'Primary' }, { value: 'secondary', label: 'Secondary' },
  { value: 'all-through', label: 'All-through' }, { value: 'special', label: 'Special' },
];
const KINDS: { value: PeriodKind; label: string }[] = [
  { value: 'lesson', label: 'Lesson' }, { value: 'registration', label: 'Registration' }, { value: 'tutor', label: 'Tutor time' },
  { value: 'assembly', label: 'Assembly' }, { value: 'break', label: 'Break' }, { value: 'lunch', label: 'Lunch' },
];
const ALL_DAYS = Object.keys(DAY_NAMES) as Day[];

interface PeriodRow {
  /** Empty for a period added in this form; it gets an id when saved. */
  id: string;
  label: string;
  start: string;
  end: string;
  kind: PeriodKind;
}
interface TermRow {
  name: string;
  start: string;
  end: string;
  startsOn: '' | 'A' | 'B';
}

/** Ids for new periods that no period has: P1, P2 ... as the demo schools use. */
function withIds(rows: readonly PeriodRow[]): Period[] {
  const used = new Set(rows.map((r) => r.id).filter(Boolean));
  let n = 1;
  return rows.map((r) => {
    let id = r.id;
    while (id === '') {
      const candidate = `P${n++}`;
      if (!used.has(candidate)) {
        id = candidate;
        used.add(id);
      }
    }
    return { id, ...(r.label.trim() ? { label: r.label.trim() } : {}), start: r.start, end: r.end, kind: r.kind };
  });
}

export function CalendarForm({ done }: { done: () => void }) {
  const client = useClient();
  const { school } = useEditing();
  const calendar = school.calendar;
  const [name, setName] = useState(school.school.name);
  const [phase, setPhase] = useState<Phase>(school.school.phase);
  const [weeks, setWeeks] = useState<'one' | 'two'>(calendar.weeks.length > 1 ? 'two' : 'one');
  const [days, setDays] = useState<Day[]>(calendar.days);
  const [periods, setPeriods] = useState<PeriodRow[]>(calendar.periods.map((p) => ({ id: p.id, label: p.label ?? '', start: p.start, end: p.end, kind: p.kind })));
  const [asOf, setAsOf] = useState(calendar.asOf ?? '');
  const [terms, setTerms] = useState<TermRow[]>(calendar.terms?.map((t) => ({ name: t.name, start: t.start, end: t.end, startsOn: t.startsOn ?? '' })) ?? []);
  const [closures, setClosures] = useState<{ date: string }[]>(calendar.closures?.map((d) => ({ date: d })) ?? []);
  const onSaved = useCallback(() => done(), [done]);
  const { errors, busy, save } = useSave(onSaved);

  const check = () => {
    const problems = new Problems();
    problems.add('school.name', required(name, 'the school’s name'));
    if (days.length === 0) problems.add('calendar.days', 'Tick at least one school day.');
    if (periods.length === 0) problems.add('calendar.periods', 'Add at least one period.');
    periods.forEach((p, i) => {
      problems.add(`calendar.periods.${i}.start`, time(p.start, 'the start'));
      problems.add(`calendar.periods.${i}.end`, time(p.end, 'the end'));
    });
    problems.add('calendar.asOf', date(asOf, 'the planning date'));
    terms.forEach((t, i) => {
      problems.add(`calendar.terms.${i}.name`, required(t.name, 'the term’s name, e.g. Autumn 1'));
      problems.add(`calendar.terms.${i}.start`, date(t.start, 'the first day', false));
      problems.add(`calendar.terms.${i}.end`, date(t.end, 'the last day', false));
    });
    closures.forEach((c, i) => problems.add(`calendar.closures.${i}`, date(c.date, 'the date', false)));
    return problems.byField;
  };

  const value = (): { school: School['school']; calendar: Calendar } => ({
    school: { name: name.trim(), phase },
    calendar: {
      weeks: weeks === 'two' ? ['A', 'B'] : ['A'],
      days: ALL_DAYS.filter((d) => days.includes(d)),
      periods: withIds(periods),
      ...(asOf ? { asOf } : {}),
      ...(terms.length > 0 || calendar.terms !== undefined
        ? { terms: terms.map((t) => ({ name: t.name.trim(), start: t.start, end: t.end, ...(t.startsOn ? { startsOn: t.startsOn } : {}) })) }
        : {}),
      ...(closures.length > 0 || calendar.closures !== undefined ? { closures: closures.map((c) => c.date) } : {}),
    },
  });

  return (
    <FormPage
      title="Edit the school and its calendar"
      errors={errors}
      busy={busy}
      saveLabel="Save the calendar"
      onCancel={done}
      onSave={() => void save(check(), () => client.call('calendar:save', value()))}
    >
      <div className="form-columns">
        <TextField path="school.name" label="School name" value={name} onChange={setName} width="long" />
        <SelectField path="school.phase" label="Phase" value={phase} onChange={setPhase} choices={PHASES} />
      </div>
      <RadioGroup
        path="calendar.weeks"
        label="Timetable"
        hint="A two-week timetable has a Week A and a Week B; every cover item and planned session then says which week it is in."
        value={weeks}
        onChange={setWeeks}
        choices={[{ value: 'one', label: 'The same every week' }, { value: 'two', label: 'Two-week cycle (Week A and Week B)' }]}
      />
      <CheckboxGroup path="calendar.days" label="School days" values={days} onChange={setDays} choices={ALL_DAYS.map((d) => ({ value: d, label: DAY_NAMES[d] }))} columns />
      <RowsField<PeriodRow>
        path="calendar.periods"
        label="Periods of the day, in order"
        hint="Include registration, breaks and lunch: groups marked for break and lunch may meet then."
        rowName="period"
        ordered
        rows={periods}
        onChange={setPeriods}
        blank={() => ({ id: '', label: `Period ${periods.length + 1}`, start: periods.at(-1)?.end ?? '09:00', end: '', kind: 'lesson' })}
        render={(row, i, update) => (
          <>
            <TextField path={`calendar.periods.${i}.label`} label="Name" value={row.label} onChange={(label) => update({ label })} width="short" />
            <TextField path={`calendar.periods.${i}.start`} label="Starts" type="time" value={row.start} onChange={(start) => update({ start })} width="short" />
            <TextField path={`calendar.periods.${i}.end`} label="Ends" type="time" value={row.end} onChange={(end) => update({ end })} width="short" />
            <SelectField<PeriodKind> path={`calendar.periods.${i}.kind`} label="Kind" value={row.kind} onChange={(kind) => update({ kind })} choices={KINDS} />
          </>
        )}
      />
      <TextField path="calendar.asOf" label="Planning for (optional)" hint="Training and certificates are judged on this date." type="date" value={asOf} onChange={setAsOf} width="short" />
      <RowsField<TermRow>
        path="calendar.terms"
        label="Terms (optional)"
        rowName="term"
        rows={terms}
        onChange={setTerms}
        blank={() => ({ name: '', start: '', end: '', startsOn: '' })}
        render={(row, i, update) => (
          <>
            <TextField path={`calendar.terms.${i}.name`} label="Term" value={row.name} onChange={(termName) => update({ name: termName })} width="short" />
            <TextField path={`calendar.terms.${i}.start`} label="First day" type="date" value={row.start} onChange={(start) => update({ start })} width="short" />
            <TextField path={`calendar.terms.${i}.end`} label="Last day" type="date" value={row.end} onChange={(end) => update({ end })} width="short" />
            {weeks === 'two' && (
              <SelectField<'' | 'A' | 'B'>
                path={`calendar.terms.${i}.startsOn`}
                label="Starts on"
                value={row.startsOn}
                onChange={(startsOn) => update({ startsOn })}
                choices={[{ value: '', label: 'Carries on the cycle' }, { value: 'A', label: 'Week A' }, { value: 'B', label: 'Week B' }]}
              />
            )}
          </>
        )}
      />
      <RowsField
        path="calendar.closures"
        label="Closure days (optional)"
        hint="INSET days, bank holidays and other days the school is closed."
        rowName="closure day"
        rows={closures}
        onChange={setClosures}
        blank={() => ({ date: '' })}
        render={(row, i, update) => (
          <TextField path={`calendar.closures.${i}`} label="Date" type="date" value={row.date} onChange={(d) => update({ date: d })} width="short" />
        )}
      />
    </FormPage>
  );
}
