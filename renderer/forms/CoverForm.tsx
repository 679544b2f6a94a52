/**
 * Adding or changing cover: PPA cover for a class, absence cover, a duty or a staffed post. A new
 * item may be for several slots at once (a class's PPA slots across the week): one cover item is
 * made for each slot, all in one edit.
 */
import { useCallback, useState } from 'react';
import type { Cover, CoverKind, Day, Role } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { useEditing } from '../editing/EditingContext';
import { useSave } from '../editing/use-save';
import { Problems, required, wholeNumber } from './checks';
import { COVER_KIND_CHOICES, dayChoices, periodChoices, PRIORITY_CHOICES, ROLE_CHOICES, skillChoices, weekChoices } from './choices';
import { CheckboxField, CheckboxGroup, NumberField, RadioGroup, SelectField, TextField } from './fields';
import { FormPage } from './FormPage';
import { RowsField } from './RowsField';

interface SlotRow {
  week: string;
  day: Day;
  period: string;
}

const KIND_HINTS: Readonly<Record<CoverKind, string>> = {
  ppa: 'A class taught while its teacher has PPA time: the class teacher cannot cover it.',
  absence: 'A class or duty while someone is away.',
  duty: 'Break, lunch, gate or corridor duty.',
  post: 'A staffed room or post, e.g. the inclusion room or the library.',
};

export function CoverForm({ cover, done }: { cover: Cover | null; done: (savedId: string | null) => void }) {
  const client = useClient();
  const { school } = useEditing();
  const { calendar } = school;
  const twoWeeks = calendar.weeks.length > 1;
  const blankSlot = (): SlotRow => ({ week: twoWeeks ? 'A' : '', day: calendar.days[0] ?? 'Mon', period: calendar.periods[0]?.id ?? '' });
  const [kind, setKind] = useState<CoverKind>(cover?.kind ?? 'ppa');
  const [label, setLabel] = useState(cover?.label ?? '');
  const [klass, setKlass] = useState(cover?.class ?? '');
  const [slots, setSlots] = useState<SlotRow[]>(cover ? [{ week: cover.week ?? '', day: cover.day, period: cover.period }] : [blankSlot()]);
  const [staffNeeded, setStaffNeeded] = useState(cover?.staffNeeded === undefined ? '' : String(cover.staffNeeded));
  const [skills, setSkills] = useState<string[]>(cover?.skills ?? []);
  const [roleLimit, setRoleLimit] = useState<'any' | 'only'>(cover?.roles ? 'only' : 'any');
  const [roles, setRoles] = useState<Role[]>(cover?.roles ?? []);
  // New cover starts as PPA cover, which is teaching a class: only staff allowed to do specified work.
  const [specifiedWork, setSpecifiedWork] = useState(cover ? cover.specifiedWork === true : true);
  const [room, setRoom] = useState(cover?.room ?? '');
  const [priority, setPriority] = useState(String(cover?.priority ?? 2));
  const onSaved = useCallback((id: string) => done(id), [done]);
  const { errors, busy, save } = useSave(onSaved);

  const className = school.classes.find((c) => c.id === klass)?.name;
  const check = () => {
    const problems = new Problems();
    problems.add('label', required(label, 'what the cover is for, e.g. “PPA cover 4C”'));
    problems.add('staffNeeded', wholeNumber(staffNeeded, { min: 1, max: 50, optional: true, what: 'how many people are needed' }));
    if (roleLimit === 'only' && roles.length === 0) problems.add('roles', 'Tick at least one role, or choose “Any role”.');
    if (slots.length === 0) problems.add('slots', 'Add at least one time.');
    const seen = new Set<string>();
    slots.forEach((s, i) => {
      const key = `${s.week}|${s.day}|${s.period}`;
      if (seen.has(key)) problems.add(`slots.${i}.period`, 'This time is listed twice.');
      seen.add(key);
    });
    return problems.byField;
  };

  const details = () => ({
    kind,
    label: label.trim(),
    ...(klass ? { class: klass } : {}),
    ...(staffNeeded.trim() ? { staffNeeded: Number(staffNeeded) } : {}),
    ...(skills.length > 0 || cover?.skills !== undefined ? { skills } : {}),
    ...(roleLimit === 'only' ? { roles } : {}),
    ...(specifiedWork ? { specifiedWork: true } : cover?.specifiedWork === false ? { specifiedWork: false } : {}),
    ...(room ? { room } : {}),
    priority: Number(priority) as Cover['priority'],
  });
  const slotOf = (s: SlotRow) => ({ ...(s.week ? { week: s.week } : {}), day: s.day, period: s.period });

  const send = () => {
    if (cover) {
      const [slot] = slots;
      return client.call('cover:save', { cover: { id: cover.id, ...details(), ...(slot ? slotOf(slot) : { day: cover.day, period: cover.period }) } });
    }
    return client.call('cover:addForSlots', { cover: details(), slots: slots.map(slotOf) });
  };

  const slotFields = (row: SlotRow, i: number, update: (patch: Partial<SlotRow>) => void) => (
    <>
      {twoWeeks && <SelectField path={cover ? 'week' : `slots.${i}.week`} label="Week" value={row.week} onChange={(week) => update({ week })} choices={weekChoices(calendar, false)} />}
      <SelectField path={cover ? 'day' : `slots.${i}.day`} label="Day" value={row.day} onChange={(day) => update({ day })} choices={dayChoices(calendar)} />
      <SelectField path={cover ? 'period' : `slots.${i}.period`} label="Period" value={row.period} onChange={(period) => update({ period })} choices={periodChoices(calendar)} />
    </>
  );

  return (
    <FormPage
      title={cover ? `Edit cover: ${cover.label}` : 'Add cover, a duty or a staffed post'}
      errors={errors}
      busy={busy}
      saveLabel={cover ? 'Save changes' : slots.length > 1 ? `Add cover in ${slots.length} slots` : 'Add the cover'}
      onCancel={() => done(cover?.id ?? null)}
      onSave={() => void save(check(), send)}
    >
      <SelectField path="kind" label="Kind" hint={KIND_HINTS[kind]} value={kind} onChange={setKind} choices={COVER_KIND_CHOICES} />
      <div className="form-columns">
        <SelectField
          path="class"
          label="Class (optional)"
          value={klass}
          onChange={(next) => {
            setKlass(next);
            const name = school.classes.find((c) => c.id === next)?.name;
            if (label.trim() === '' && name && kind === 'ppa') setLabel(`PPA cover ${name}`);
          }}
          choices={[{ value: '', label: 'No class' }, ...school.classes.map((c) => ({ value: c.id, label: c.name }))]}
        />
        <TextField path="label" label="Description" hint={className ? `e.g. “PPA cover ${className}”` : 'What it is, as staff say it.'} value={label} onChange={setLabel} width="long" />
      </div>
      {cover ? (
        <fieldset className="field group">
          <legend>When</legend>
          <div className="row-editor">{slotFields(slots[0] ?? blankSlot(), 0, (patch) => setSlots([{ ...(slots[0] ?? blankSlot()), ...patch }]))}</div>
        </fieldset>
      ) : (
        <RowsField
          path="slots"
          label="When"
          hint="Add a time for each slot; one cover item is made for each."
          rowName="time"
          rows={slots}
          onChange={setSlots}
          blank={blankSlot}
          render={slotFields}
        />
      )}
      <div className="form-columns">
        <NumberField path="staffNeeded" label="People needed (optional)" hint="Leave empty for 1." value={staffNeeded} onChange={setStaffNeeded} min={1} />
        <SelectField path="room" label="Room (optional)" value={room} onChange={setRoom} choices={[{ value: '', label: 'No particular room' }, ...school.rooms.map((r) => ({ value: r.id, label: r.name }))]} />
        <SelectField path="priority" label="Priority" value={priority} onChange={setPriority} choices={PRIORITY_CHOICES} />
      </div>
      <CheckboxField path="specifiedWork" label="Involves teaching: only staff allowed to do specified work" checked={specifiedWork} onChange={setSpecifiedWork} />
      <CheckboxGroup path="skills" label="Everyone covering holds (optional)" values={skills} onChange={setSkills} choices={skillChoices(school)} columns />
      <RadioGroup path="roleLimit" label="Who may do it" value={roleLimit} onChange={setRoleLimit} choices={[{ value: 'any', label: 'Any role' }, { value: 'only', label: 'Only these roles' }]} />
      {roleLimit === 'only' && <CheckboxGroup path="roles" label="Roles" values={roles} onChange={setRoles} choices={ROLE_CHOICES} columns />}
    </FormPage>
  );
}
