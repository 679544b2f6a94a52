/** Above the grid: which layout, whose timetable, the filters, a search that jumps to someone, and Plan. */
import { useId, useState } from 'react';
import type { NeedArea, Role, School } from '../../solver/model/school-file';
import { NEED_AREA_NAMES, ROLE_NAMES, yearName } from '../school/words';
import type { GridFilters, Subject } from './grid-model';
import { Legend } from './Legend';

export type Layout = 'rota' | 'timetable';

interface Props {
  school: School;
  layout: Layout;
  subject: Subject | null;
  filters: GridFilters;
  /** Every person, group, pupil and room the search and the timetable choice know, by their shown name. */
  subjects: ReadonlyMap<string, Subject>;
  subjectName(subject: Subject): string;
  onLayout(layout: Layout): void;
  onSubject(subject: Subject): void;
  onFilters(filters: GridFilters): void;
  onJump(subject: Subject): void;
  onPlan(): void;
}

const ROLES = Object.keys(ROLE_NAMES) as Role[];
const NEED_AREAS = Object.keys(NEED_AREA_NAMES) as NeedArea[];

const KIND_WORDS: Readonly<Record<Subject['kind'], string>> = { staff: 'Staff', group: 'Groups', pupil: 'Pupils', room: 'Rooms' };

export function GridToolbar(props: Props) {
  const { school, layout, subject, filters, subjects, onFilters } = props;
  const ids = useId();
  const [search, setSearch] = useState('');
  const [missed, setMissed] = useState(false);
  const years = [...new Set(school.pupils.map((p) => p.year))].sort((a, b) => yearOrder(a) - yearOrder(b));
  const roles = ROLES.filter((r) => school.staff.some((s) => s.role === r));
  const set = (key: keyof GridFilters) => (event: { target: { value: string } }) => onFilters({ ...filters, [key]: event.target.value });
  const byKind = (kind: Subject['kind']) => [...subjects].filter(([, s]) => s.kind === kind);
  const subjectValue = subject ? `${subject.kind}:${subject.id}` : '';

  const jump = (value: string) => {
    const found = subjects.get(value.trim());
    setMissed(!found && value.trim() !== '');
    if (found) {
      props.onJump(found);
      setSearch('');
    }
  };

  return (
    <div className="grid-toolbar">
      <fieldset className="layout-choice">
        <legend className="visually-hidden">Layout</legend>
        {(['rota', 'timetable'] as const).map((l) => (
          <label key={l} className={layout === l ? 'chosen' : undefined}>
            <input type="radio" name={`${ids}-layout`} value={l} checked={layout === l} onChange={() => props.onLayout(l)} />
            {l === 'rota' ? 'Rota' : 'Timetable'}
          </label>
        ))}
      </fieldset>
      {layout === 'timetable' && (
        <label className="tool">
          <span className="visually-hidden">Timetable of</span>
          <select
            className="wide"
            value={subjectValue}
            onChange={(e) => {
              const [kind, ...rest] = e.target.value.split(':');
              const found = [...subjects.values()].find((s) => s.kind === kind && s.id === rest.join(':'));
              if (found) props.onSubject(found);
            }}
          >
            {subject === null && <option value="">Choose…</option>}
            {(['staff', 'group', 'pupil', 'room'] as const).map((kind) => (
              <optgroup key={kind} label={KIND_WORDS[kind]}>
                {byKind(kind).map(([name, s]) => <option key={`${s.kind}:${s.id}`} value={`${s.kind}:${s.id}`}>{name}</option>)}
              </optgroup>
            ))}
          </select>
        </label>
      )}
      {layout === 'rota' && (
        <>
          <label className="tool">
            <span className="visually-hidden">Role</span>
            <select value={filters.role} onChange={set('role')}>
              <option value="">All roles</option>
              {roles.map((r) => <option key={r} value={r}>{ROLE_NAMES[r]}</option>)}
            </select>
          </label>
          <label className="tool">
            <span className="visually-hidden">Skill</span>
            <select value={filters.skill} onChange={set('skill')}>
              <option value="">Any skill</option>
              {school.skills.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
            </select>
          </label>
        </>
      )}
      <label className="tool">
        <span className="visually-hidden">Area of need</span>
        <select value={filters.area} onChange={set('area')}>
          <option value="">All areas of need</option>
          {NEED_AREAS.map((a) => <option key={a} value={a}>{NEED_AREA_NAMES[a]}</option>)}
        </select>
      </label>
      <label className="tool">
        <span className="visually-hidden">Year group</span>
        <select value={filters.year} onChange={set('year')}>
          <option value="">All year groups</option>
          {years.map((y) => <option key={y} value={y}>{yearName(y)}</option>)}
        </select>
      </label>
      {school.calendar.weeks.length > 1 && (
        <label className="tool">
          <span className="visually-hidden">Week</span>
          <select value={filters.week} onChange={set('week')}>
            <option value="">Both weeks</option>
            {school.calendar.weeks.map((w) => <option key={w} value={w}>Week {w}</option>)}
          </select>
        </label>
      )}
      <form
        className="tool search"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          jump(search);
        }}
      >
        <label htmlFor={`${ids}-search`}>Find</label>
        <input
          id={`${ids}-search`}
          list={`${ids}-names`}
          value={search}
          placeholder="A person, group, pupil or room"
          aria-describedby={missed ? `${ids}-missed` : undefined}
          onChange={(e) => {
            setSearch(e.target.value);
            // Choosing from the list jumps at once; typing waits for Enter.
            if (subjects.has(e.target.value)) jump(e.target.value);
          }}
        />
        <datalist id={`${ids}-names`}>
          {[...subjects.keys()].map((name) => <option key={name} value={name} />)}
        </datalist>
        {missed && <span id={`${ids}-missed`} className="field-error">Nobody and nothing is called that.</span>}
      </form>
      <Legend />
      <button type="button" className="plan-button" onClick={props.onPlan}>Plan…</button>
    </div>
  );
}

function yearOrder(year: string): number {
  if (year === 'N') return -2;
  if (year === 'R') return -1;
  return Number(year);
}
