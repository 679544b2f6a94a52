/** Adding or changing an intervention group: who is in it, what it needs, and when it may meet. */
import { useCallback, useState, type ReactNode } from 'react';
import type { Day, Group, NeedArea, Role, RoomKind } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { useEditing } from '../editing/EditingContext';
import { useSave } from '../editing/use-save';
import { periodName } from '../school/words';
import { Problems, required, wholeNumber } from './checks';
import {
  dayChoices, NEED_AREA_CHOICES, periodChoices, PRIORITY_CHOICES, ROLE_CHOICES, ROOM_KIND_CHOICES, skillChoices, staffChoices, weekChoices,
} from './choices';
import { CheckboxField, CheckboxGroup, NumberField, RadioGroup, SelectField, TextField } from './fields';
import { FormPage } from './FormPage';
import { PupilPicker } from './PupilPicker';
import { RowsField } from './RowsField';

type Limit = 'any' | 'only';
interface SlotRow {
  week: string;
  day: Day;
  period: string;
}

/** A flag the form shows as a tick: true when ticked; false only if the file said false; else left out. */
function flag<K extends string>(key: K, on: boolean, before: boolean | undefined): Partial<Record<K, boolean>> {
  if (on) return { [key]: true } as Record<K, boolean>;
  return before === false ? ({ [key]: false } as Record<K, boolean>) : {};
}

export function GroupForm({ group, done }: { group: Group | null; done: (savedId: string | null) => void }) {
  const client = useClient();
  const { school } = useEditing();
  const { calendar } = school;
  const [name, setName] = useState(group?.name ?? '');
  const [programme, setProgramme] = useState(group?.programme ?? '');
  const [area, setArea] = useState<NeedArea>(group?.area ?? 'CL');
  const [pupils, setPupils] = useState<string[]>(group?.pupils ?? []);
  const [sessions, setSessions] = useState(String(group?.sessionsPerWeek ?? 1));
  const [length, setLength] = useState(group?.length === undefined ? '' : String(group.length));
  const [adults, setAdults] = useState(group?.adults === undefined ? '' : String(group.adults));
  const [skills, setSkills] = useState<string[]>(group?.skills ?? []);
  const [roomLimit, setRoomLimit] = useState<Limit>(group?.roomKinds ? 'only' : 'any');
  const [roomKinds, setRoomKinds] = useState<RoomKind[]>(group?.roomKinds ?? []);
  const [sameAdult, setSameAdult] = useState(group?.sameAdult ?? false);
  const [staffSex, setStaffSex] = useState<'' | 'F' | 'M'>(group?.staffSex ?? '');
  const [unstructured, setUnstructured] = useState(group?.unstructured ?? false);
  const [priority, setPriority] = useState(String(group?.priority ?? 3));
  const [ehcp, setEhcp] = useState(group?.ehcp ?? false);
  const [preferred, setPreferred] = useState<{ staff: string }[]>(group?.preferredStaff?.map((staff) => ({ staff })) ?? []);
  const [lead, setLead] = useState(group?.lead ?? '');
  const [roleLimit, setRoleLimit] = useState<Limit>(group?.roles ? 'only' : 'any');
  const [roles, setRoles] = useState<Role[]>(group?.roles ?? []);
  const [periodLimit, setPeriodLimit] = useState<Limit>(group?.periods ? 'only' : 'any');
  const [periods, setPeriods] = useState<string[]>(group?.periods ?? []);
  const [slots, setSlots] = useState<SlotRow[]>(group?.slots?.map((s) => ({ week: s.week ?? '', day: s.day, period: s.period })) ?? []);
  const onSaved = useCallback((id: string) => done(id), [done]);
  const { errors, busy, save } = useSave(onSaved);
  const skillOptions = skillChoices(school);

  const check = () => {
    const problems = new Problems();
    problems.add('name', required(name, 'the group’s name'));
    problems.add('sessionsPerWeek', wholeNumber(sessions, { min: 1, max: 20, what: 'how many sessions a week' }));
    problems.add('length', wholeNumber(length, { min: 1, max: calendar.periods.length, optional: true, what: 'the session length' }));
    problems.add('adults', wholeNumber(adults, { min: 1, max: 10, optional: true, what: 'the number of adults' }));
    if (roomLimit === 'only' && roomKinds.length === 0) problems.add('roomKinds', 'Tick at least one kind of room, or choose “Any room”.');
    if (roleLimit === 'only' && roles.length === 0) problems.add('roles', 'Tick at least one role, or choose “Any role”.');
    if (periodLimit === 'only' && periods.length === 0) problems.add('periods', 'Tick at least one period, or choose “Any period”.');
    const seen = new Set<string>();
    preferred.forEach((p, i) => {
      problems.add(`preferredStaff.${i}`, p.staff === '' ? 'Choose the member of staff.' : seen.has(p.staff) ? 'This person is listed twice.' : null);
      seen.add(p.staff);
    });
    return problems.byField;
  };

  const value = (): Omit<Group, 'id'> & { id?: string } => ({
    ...(group ? { id: group.id } : {}),
    name: name.trim(),
    ...(programme.trim() ? { programme: programme.trim() } : {}),
    area,
    pupils,
    sessionsPerWeek: Number(sessions),
    ...(length.trim() ? { length: Number(length) } : {}),
    ...(adults.trim() ? { adults: Number(adults) } : {}),
    skills,
    ...(roomLimit === 'only' ? { roomKinds } : {}),
    ...flag('sameAdult', sameAdult, group?.sameAdult),
    ...(staffSex ? { staffSex } : {}),
    ...flag('unstructured', unstructured, group?.unstructured),
    priority: Number(priority) as Group['priority'],
    ...flag('ehcp', ehcp, group?.ehcp),
    ...(preferred.length > 0 || group?.preferredStaff !== undefined ? { preferredStaff: preferred.map((p) => p.staff) } : {}),
    ...(lead ? { lead } : {}),
    ...(roleLimit === 'only' ? { roles } : {}),
    ...(periodLimit === 'only' ? { periods } : {}),
    ...(slots.length > 0 || group?.slots !== undefined ? { slots: slots.map((s) => ({ ...(s.week ? { week: s.week } : {}), day: s.day, period: s.period })) } : {}),
  });

  const lessonPeriods = calendar.periods.map((p) => ({ value: p.id, label: periodName(calendar, p.id) }));
  return (
    <FormPage
      title={group ? `Edit ${group.name}` : 'Add an intervention group'}
      errors={errors}
      busy={busy}
      saveLabel={group ? 'Save changes' : 'Add the group'}
      onCancel={() => done(group?.id ?? null)}
      onSave={() => void save(check(), () => client.call('group:save', { group: value() }))}
    >
      <div className="form-columns">
        <TextField path="name" label="Group name" value={name} onChange={setName} width="long" />
        <TextField path="programme" label="Programme (optional)" hint="e.g. ELSA, Lego-based therapy, Read Write Inc." value={programme} onChange={setProgramme} />
        <SelectField path="area" label="Area of need" value={area} onChange={setArea} choices={NEED_AREA_CHOICES} />
        <SelectField path="priority" label="Priority" hint="EHC plan provision should be 1." value={priority} onChange={setPriority} choices={PRIORITY_CHOICES} />
      </div>
      <CheckboxField path="ehcp" label="Statutory provision named in an EHC plan" checked={ehcp} onChange={setEhcp} />
      <PupilPicker path="pupils" pupils={school.pupils} chosen={pupils} onChange={setPupils} />
      <div className="form-columns">
        <NumberField path="sessionsPerWeek" label="Sessions each week" value={sessions} onChange={setSessions} min={1} />
        <NumberField path="length" label="Periods per session (optional)" hint="Leave empty for 1." value={length} onChange={setLength} min={1} />
        <NumberField path="adults" label="Adults per session (optional)" hint="Leave empty for 1." value={adults} onChange={setAdults} min={1} />
      </div>
      <CheckboxGroup path="skills" label="Every adult running it holds" hint="Leave all unticked when no training is needed." values={skills} onChange={setSkills} choices={skillOptions} columns />
      <SelectField path="lead" label="Named lead (optional)" hint="This person leads every session, e.g. a speech and language therapist." value={lead} onChange={setLead} choices={[{ value: '', label: 'No named lead' }, ...staffChoices(school)]} />
      <RowsField
        path="preferredStaff"
        label="Preferred staff (optional)"
        rowName="preferred adult"
        rows={preferred}
        onChange={setPreferred}
        blank={() => ({ staff: '' })}
        render={(row, i, update) => (
          <SelectField path={`preferredStaff.${i}`} label="Member of staff" value={row.staff} onChange={(staff) => update({ staff })} choices={[{ value: '', label: 'Choose…' }, ...staffChoices(school)]} />
        )}
      />
      <div className="form-columns">
        <CheckboxField path="sameAdult" label="The same adult leads every session" checked={sameAdult} onChange={setSameAdult} />
        <RadioGroup path="staffSex" label="Adults must be" value={staffSex} onChange={setStaffSex} choices={[{ value: '', label: 'Anyone' }, { value: 'F', label: 'Female' }, { value: 'M', label: 'Male' }]} />
      </div>
      <Limited path="roleLimit" label="Who may run it" any="Any role" only="Only these roles" value={roleLimit} onChange={setRoleLimit}>
        <CheckboxGroup path="roles" label="Roles" values={roles} onChange={setRoles} choices={ROLE_CHOICES} columns />
      </Limited>
      <Limited path="roomLimit" label="Rooms" any="Any room" only="Only these kinds of room" value={roomLimit} onChange={setRoomLimit}>
        <CheckboxGroup path="roomKinds" label="Kinds of room" values={roomKinds} onChange={setRoomKinds} choices={ROOM_KIND_CHOICES} columns />
      </Limited>
      <CheckboxField path="unstructured" label="May also meet at break or lunch (e.g. a lunch club)" checked={unstructured} onChange={setUnstructured} />
      <Limited path="periodLimit" label="When in the day" any="Any period" only="Only in these periods" value={periodLimit} onChange={setPeriodLimit}>
        <CheckboxGroup path="periods" label="Periods" values={periods} onChange={setPeriods} choices={lessonPeriods} columns />
      </Limited>
      <RowsField
        path="slots"
        label="Fixed times (optional)"
        hint="When the group must meet exactly then: give as many times in each week as sessions each week. The planner then only chooses adults and rooms."
        rowName="fixed time"
        rows={slots}
        onChange={setSlots}
        blank={() => ({ week: '', day: calendar.days[0] ?? 'Mon', period: calendar.periods[0]?.id ?? '' })}
        empty="None: the planner chooses the times."
        render={(row, i, update) => (
          <>
            {calendar.weeks.length > 1 && <SelectField path={`slots.${i}.week`} label="Week" value={row.week} onChange={(week) => update({ week })} choices={weekChoices(calendar)} />}
            <SelectField path={`slots.${i}.day`} label="Day" value={row.day} onChange={(day) => update({ day })} choices={dayChoices(calendar)} />
            <SelectField path={`slots.${i}.period`} label="Period" value={row.period} onChange={(period) => update({ period })} choices={periodChoices(calendar)} />
          </>
        )}
      />
    </FormPage>
  );
}

/** "Any X" or "Only these": the list appears only when limited. */
function Limited({ path, label, any, only, value, onChange, children }: {
  path: string;
  label: string;
  any: string;
  only: string;
  value: Limit;
  onChange: (value: Limit) => void;
  children: ReactNode;
}) {
  return (
    <div className="limited">
      <RadioGroup path={path} label={label} value={value} onChange={onChange} choices={[{ value: 'any', label: any }, { value: 'only', label: only }]} />
      {value === 'only' && children}
    </div>
  );
}
