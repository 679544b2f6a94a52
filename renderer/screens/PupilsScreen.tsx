/** Pupils with their year, SEN status, needs (primary need first) and intervention groups. */
import type { Pupil } from '../../solver/model/school-file';
import type { Column } from '../components/SortableTable';
import { useClient } from '../api/ClientContext';
import { ListWithForms } from '../editing/ListWithForms';
import { PupilForm } from '../forms/PupilForm';
import { SEN_NAMES, dateInWords, needName, yearName, type SchoolIndex } from '../school/words';
import { Lines } from '../components/Lines';

const YEAR_ORDER = ['N', 'R', '1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14'];
const SEN_ORDER = { E: 0, K: 1, N: 2 } as const;

export function PupilsScreen({ index }: { index: SchoolIndex }) {
  const client = useClient();
  const columns: Column<Pupil>[] = [
    {
      header: 'Name',
      text: (p) => (p.left ? `${p.name} (left ${dateInWords(p.left)})` : p.name),
      render: (p) => (
        <>
          {p.name}
          {p.left && <span className="tag left-tag">Left {dateInWords(p.left)}</span>}
        </>
      ),
      className: 'nowrap',
    },
    { header: 'Year', text: (p) => yearName(p.year), sortValue: (p) => YEAR_ORDER.indexOf(p.year), className: 'nowrap' },
    { header: 'SEN', text: (p) => SEN_NAMES[p.sen], sortValue: (p) => SEN_ORDER[p.sen], className: 'nowrap' },
    {
      header: 'Needs',
      text: (p) => (p.needs ?? []).map(needName).join(', '),
      render: (p) => <Lines items={(p.needs ?? []).map(needName)} none="None recorded" />,
    },
    {
      header: 'Intervention groups',
      text: (p) => index.groupsOfPupil(p.id).join(', '),
      render: (p) => <Lines items={index.groupsOfPupil(p.id)} none="None" />,
    },
  ];
  return (
    <ListWithForms
      kind="pupil"
      caption={`Pupils on ${index.school.school.name}'s SEND and intervention lists`}
      noun="pupils"
      one="pupil"
      rows={index.school.pupils}
      columns={columns}
      name={(p) => p.name}
      remove={(id) => client.call('pupil:delete', { id, withLinks: true })}
      form={(row, done) => <PupilForm pupil={row} done={done} />}
    />
  );
}
