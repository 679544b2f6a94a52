/** Adding or changing a skill of the catalogue, filed under its area of need. */
import { useCallback, useState } from 'react';
import type { Skill } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { useSave } from '../editing/use-save';
import { SKILL_AREA_NAMES } from '../school/words';
import { Problems, required } from './checks';
import { SelectField, TextField } from './fields';
import { FormPage } from './FormPage';

type Area = NonNullable<Skill['area']> | '';

export function SkillForm({ skill, done }: { skill: Skill | null; done: (savedId: string | null) => void }) {
  const client = useClient();
  const [name, setName] = useState(skill?.name ?? '');
  const [area, setArea] = useState<Area>(skill?.area ?? '');
  const onSaved = useCallback((id: string) => done(id), [done]);
  const { errors, busy, save } = useSave(onSaved);
  const check = () => {
    const problems = new Problems();
    problems.add('name', required(name, 'the skill or training'));
    return problems.byField;
  };
  const areas = [{ value: '' as Area, label: 'No particular area' }, ...(Object.keys(SKILL_AREA_NAMES) as NonNullable<Skill['area']>[]).map((a) => ({ value: a as Area, label: SKILL_AREA_NAMES[a] }))];
  return (
    <FormPage
      title={skill ? `Edit skill ${skill.name}` : 'Add a skill or training'}
      errors={errors}
      busy={busy}
      saveLabel={skill ? 'Save changes' : 'Add the skill'}
      onCancel={() => done(skill?.id ?? null)}
      onSave={() => void save(check(), () => client.call('skill:save', { skill: { ...(skill ? { id: skill.id } : {}), name: name.trim(), ...(area ? { area } : {}) } }))}
    >
      <div className="form-columns">
        <TextField path="name" label="Skill or training" hint="e.g. ELSA, Team Teach, Epipen training" value={name} onChange={setName} width="long" />
        <SelectField path="area" label="Area" value={area} onChange={setArea} choices={areas} />
      </div>
    </FormPage>
  );
}
