/** Adding or changing a pupil: name, UPN (checked as you type), year, SEN status and needs in order. */
import { useCallback, useState } from 'react';
import type { Pupil } from '../../solver/model/school-file';
import { upnProblem } from '../../solver/model/upn';
import { useClient } from '../api/ClientContext';
import { useEditing } from '../editing/EditingContext';
import { useSave } from '../editing/use-save';
import { NEED_CODES, needName } from '../school/words';
import { Problems, required } from './checks';
import { SEN_CHOICES, YEAR_CHOICES } from './choices';
import { RadioGroup, SelectField, TextField } from './fields';
import { FormPage } from './FormPage';
import { RowsField } from './RowsField';

export function PupilForm({ pupil, done }: { pupil: Pupil | null; done: (savedId: string | null) => void }) {
  const client = useClient();
  const { school } = useEditing();
  const [name, setName] = useState(pupil?.name ?? '');
  const [upn, setUpn] = useState(pupil?.upn ?? '');
  const [year, setYear] = useState<string>(pupil?.year ?? school.pupils[0]?.year ?? '1');
  const [sen, setSen] = useState<Pupil['sen']>(pupil?.sen ?? 'K');
  const [needs, setNeeds] = useState<{ need: string }[]>(pupil?.needs?.map((need) => ({ need })) ?? []);
  const onSaved = useCallback((id: string) => done(id), [done]);
  const { errors, busy, save } = useSave(onSaved);

  const typedUpn = upn.trim();
  const upnWarning = typedUpn === '' ? null : upnProblem(typedUpn);
  const otherHolder = typedUpn === '' ? undefined : school.pupils.find((p) => p.upn === typedUpn && p.id !== pupil?.id);
  const warning = upnWarning
    ? `This UPN ${upnWarning}. You can still save it.`
    : otherHolder ? `${otherHolder.name} already has this UPN. You can still save it.` : null;
  // Needs recorded in the file that are not census codes stay choosable.
  const needChoices = [...new Set([...NEED_CODES, ...needs.map((n) => n.need).filter(Boolean)])].map((code) => ({ value: code, label: needName(code) }));

  const check = () => {
    const problems = new Problems();
    problems.add('name', required(name, 'the pupil’s name'));
    const seen = new Set<string>();
    needs.forEach((n, i) => {
      problems.add(`needs.${i}`, n.need === '' ? 'Choose the need.' : seen.has(n.need) ? 'This need is listed twice.' : null);
      seen.add(n.need);
    });
    return problems.byField;
  };

  const value = (): Omit<Pupil, 'id'> & { id?: string } => ({
    ...(pupil ? { id: pupil.id } : {}),
    name: name.trim(),
    ...(typedUpn ? { upn: typedUpn } : {}),
    year: year as Pupil['year'],
    sen,
    ...(needs.length > 0 || pupil?.needs !== undefined ? { needs: needs.map((n) => n.need) } : {}),
  });

  return (
    <FormPage
      title={pupil ? `Edit ${pupil.name}` : 'Add a pupil'}
      errors={errors}
      busy={busy}
      saveLabel={pupil ? 'Save changes' : 'Add the pupil'}
      onCancel={() => done(pupil?.id ?? null)}
      onSave={() => void save(check(), () => client.call('pupil:save', { pupil: value() }))}
    >
      <div className="form-columns">
        <TextField path="name" label="Name" value={name} onChange={setName} width="long" />
        <TextField
          path="upn"
          label="UPN (optional)"
          hint="Unique Pupil Number: a letter and 12 digits."
          value={upn}
          onChange={setUpn}
          warning={warning}
        />
        <SelectField path="year" label="Year group" value={year} onChange={setYear} choices={YEAR_CHOICES} />
      </div>
      <RadioGroup path="sen" label="SEN status" value={sen} onChange={setSen} choices={SEN_CHOICES} />
      <RowsField
        path="needs"
        label="Needs"
        hint="Primary need first, as on the school census."
        rowName="need"
        ordered
        rows={needs}
        onChange={setNeeds}
        blank={() => ({ need: '' })}
        empty="No needs recorded."
        render={(row, i, update) => (
          <SelectField path={`needs.${i}`} label={i === 0 ? 'Primary need' : `Need ${i + 1}`} value={row.need} onChange={(need) => update({ need })} choices={[{ value: '', label: 'Choose a need…' }, ...needChoices]} />
        )}
      />
    </FormPage>
  );
}
