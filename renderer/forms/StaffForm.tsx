/** Adding or changing a member of staff: who they are, what they may do, and when they work. */
import { useCallback, useState } from 'react';
import type { Busy, Day, Role, Staff } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { useEditing } from '../editing/EditingContext';
import { useSave } from '../editing/use-save';
import { AvailabilityGrid } from './AvailabilityGrid';
import { availableOf, slotsOf } from './availability';
import { date, Problems, required, wholeNumber } from './checks';
import { dayChoices, periodChoices, ROLE_CHOICES, SEX_CHOICES, skillChoices, weekChoices } from './choices';
import { CheckboxField, NumberField, RadioGroup, SelectField, TextField } from './fields';
import { FormPage } from './FormPage';
import { RowsField } from './RowsField';

interface HeldSkill {
  skill: string;
  expires: string;
}

interface BusyRow {
  week: string;
  day: Day;
  period: string;
  what: string;
}

export function StaffForm({ staff, done }: { staff: Staff | null; done: (savedId: string | null) => void }) {
  const client = useClient();
  const { school } = useEditing();
  const { calendar } = school;
  const [name, setName] = useState(staff?.name ?? '');
  const [role, setRole] = useState<Role>(staff?.role ?? 'ta');
  const [sex, setSex] = useState<'' | 'F' | 'M'>(staff?.sex ?? '');
  const [specifiedWork, setSpecifiedWork] = useState(staff?.specifiedWork ?? false);
  const [skills, setSkills] = useState<HeldSkill[]>(staff?.skills.map((s) => ({ skill: s.skill, expires: s.expires ?? '' })) ?? []);
  const [cap, setCap] = useState(staff?.maxPeriodsPerWeek === undefined ? '' : String(staff.maxPeriodsPerWeek));
  const [slots, setSlots] = useState(() => slotsOf(calendar, staff?.available ?? []));
  const [slotsTouched, setSlotsTouched] = useState(false);
  const [busy, setBusy] = useState<BusyRow[]>(staff?.busy?.map((b) => ({ week: b.week ?? '', day: b.day, period: b.period, what: b.what })) ?? []);
  const onSaved = useCallback((id: string) => done(id), [done]);
  const { errors, busy: saving, save } = useSave(onSaved);

  const firstDay = calendar.days[0] ?? 'Mon';
  const firstPeriod = calendar.periods[0]?.id ?? '';

  const check = () => {
    const problems = new Problems();
    problems.add('name', required(name, 'the person’s name'));
    problems.add('maxPeriodsPerWeek', wholeNumber(cap, { min: 0, max: 100, optional: true, what: 'the weekly cap' }));
    const seen = new Set<string>();
    skills.forEach((s, i) => {
      problems.add(`skills.${i}.skill`, s.skill === '' ? 'Choose the skill.' : seen.has(s.skill) ? 'This skill is listed twice.' : null);
      seen.add(s.skill);
      problems.add(`skills.${i}.expires`, date(s.expires, 'the expiry date'));
    });
    busy.forEach((b, i) => problems.add(`busy.${i}.what`, required(b.what, 'what the commitment is, e.g. 1:1 support')));
    return problems.byField;
  };

  const value = (): Omit<Staff, 'id'> & { id?: string } => {
    const busyList: Busy[] = busy.map((b) => ({ ...(b.week ? { week: b.week } : {}), day: b.day, period: b.period, what: b.what.trim() }));
    return {
      ...(staff ? { id: staff.id } : {}),
      name: name.trim(),
      role,
      ...(sex ? { sex } : {}),
      specifiedWork,
      skills: skills.map((s) => (s.expires ? { skill: s.skill, expires: s.expires } : { skill: s.skill })),
      // An untouched pattern is sent back exactly as it was, so saving other fields changes only those.
      available: slotsTouched || !staff ? availableOf(calendar, slots) : staff.available,
      ...(busyList.length > 0 || staff?.busy !== undefined ? { busy: busyList } : {}),
      ...(cap.trim() === '' ? {} : { maxPeriodsPerWeek: Number(cap) }),
    };
  };

  return (
    <FormPage
      title={staff ? `Edit ${staff.name}` : 'Add a member of staff'}
      errors={errors}
      busy={saving}
      saveLabel={staff ? 'Save changes' : 'Add to the staff'}
      onCancel={() => done(staff?.id ?? null)}
      onSave={() => void save(check(), () => client.call('staff:save', { staff: value() }))}
    >
      <div className="form-columns">
        <TextField path="name" label="Name" value={name} onChange={setName} width="long" />
        <SelectField path="role" label="Role" value={role} onChange={setRole} choices={ROLE_CHOICES} />
        <RadioGroup path="sex" label="Sex" hint="Only used for groups that need a female or a male adult." value={sex} onChange={setSex} choices={SEX_CHOICES} />
        <NumberField path="maxPeriodsPerWeek" label="Weekly cap (optional)" hint="Most periods of sessions in each week." value={cap} onChange={setCap} min={0} />
      </div>
      <CheckboxField
        path="specifiedWork"
        label="May plan, teach and assess a class (specified work)"
        hint="Teachers, and HLTAs the head has authorised under the Specified Work Regulations 2012."
        checked={specifiedWork}
        onChange={setSpecifiedWork}
      />
      <RowsField
        path="skills"
        label="Skills and training"
        rowName="skill"
        rows={skills}
        onChange={setSkills}
        blank={() => ({ skill: '', expires: '' })}
        empty="No skills or training recorded."
        render={(row, i, update) => (
          <>
            <SelectField path={`skills.${i}.skill`} label="Skill" value={row.skill} onChange={(skill) => update({ skill })} choices={[{ value: '', label: 'Choose a skill…' }, ...skillChoices(school)]} />
            <TextField path={`skills.${i}.expires`} label="Valid until (optional)" type="date" width="short" value={row.expires} onChange={(expires) => update({ expires })} />
          </>
        )}
      />
      <AvailabilityGrid
        path="available"
        calendar={calendar}
        slots={slots}
        onChange={(update) => {
          setSlots(update);
          setSlotsTouched(true);
        }}
      />
      <RowsField
        path="busy"
        label="Fixed commitments"
        hint="Times the planner must leave alone: 1:1 support, meetings, a class they always cover."
        rowName="fixed commitment"
        rows={busy}
        onChange={setBusy}
        blank={() => ({ week: '', day: firstDay, period: firstPeriod, what: '' })}
        empty="None."
        render={(row, i, update) => (
          <>
            {calendar.weeks.length > 1 && (
              <SelectField path={`busy.${i}.week`} label="Week" value={row.week} onChange={(week) => update({ week })} choices={weekChoices(calendar)} />
            )}
            <SelectField path={`busy.${i}.day`} label="Day" value={row.day} onChange={(day) => update({ day })} choices={dayChoices(calendar)} />
            <SelectField path={`busy.${i}.period`} label="Period" value={row.period} onChange={(period) => update({ period })} choices={periodChoices(calendar)} />
            <TextField path={`busy.${i}.what`} label="What" value={row.what} onChange={(what) => update({ what })} width="short" />
          </>
        )}
      />
    </FormPage>
  );
}
