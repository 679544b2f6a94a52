/** Intervention groups: what they are, who is in them (names and needs), and what they need. */
import type { Group } from '../../solver/model/school-file';
import type { Column } from '../components/SortableTable';
import { useClient } from '../api/ClientContext';
import { ListWithForms } from '../editing/ListWithForms';
import { GroupForm } from '../forms/GroupForm';
import { NEED_AREA_NAMES, ROOM_KIND_NAMES, SEN_NAMES, yearName, type SchoolIndex } from '../school/words';
import { Lines } from '../components/Lines';

export function GroupsScreen({ index }: { index: SchoolIndex }) {
  const client = useClient();
  const pupils = new Map(index.school.pupils.map((p) => [p.id, p]));
  const pupilDetails = (id: string) => {
    const pupil = pupils.get(id);
    if (!pupil) return { name: id, details: '' };
    const needs = pupil.needs?.length ? `, ${pupil.needs.join(', ')}` : '';
    return { name: pupil.name, details: `${yearName(pupil.year)}, ${SEN_NAMES[pupil.sen]}${needs}` };
  };
  const pupilLine = (id: string) => {
    const { name, details } = pupilDetails(id);
    return details ? `${name} (${details})` : name;
  };
  const columns: Column<Group>[] = [
    {
      header: 'Group',
      text: (g) => `${g.name} ${g.programme ?? ''}`,
      sortValue: (g) => g.name,
      render: (g) => (
        <>
          <strong>{g.name}</strong>
          {g.programme && <div className="muted">{g.programme}</div>}
          {g.ehcp && <div className="tag">EHC plan provision</div>}
        </>
      ),
    },
    { header: 'Area of need', text: (g) => NEED_AREA_NAMES[g.area] },
    {
      header: 'Pupils',
      text: (g) => g.pupils.map(pupilLine).join(', '),
      sortValue: (g) => g.pupils.length,
      className: 'wide',
      render: (g) =>
        g.pupils.length === 0 ? (
          <span className="muted">No pupils yet</span>
        ) : (
          <ul className="plain">
            {g.pupils.map((id) => {
              const { name, details } = pupilDetails(id);
              return (
                <li key={id}>
                  {name} <span className="muted">{details}</span>
                </li>
              );
            })}
          </ul>
        ),
    },
    { header: 'Sessions', text: sessionsInWords, sortValue: (g) => g.sessionsPerWeek },
    {
      header: 'Adults need',
      text: (g) => needsInWords(g, index).join(', '),
      render: (g) => <Lines items={needsInWords(g, index)} none="No particular skills" />,
    },
    { header: 'Priority', text: (g) => `${g.priority}${g.priority === 1 ? ' (highest)' : ''}`, sortValue: (g) => g.priority, className: 'number' },
  ];
  return (
    <ListWithForms
      kind="group"
      caption={`Intervention groups at ${index.school.school.name}`}
      noun="groups"
      one="intervention group"
      rows={index.school.groups}
      columns={columns}
      name={(g) => g.name}
      remove={(id) => client.call('group:delete', { id, withLinks: true })}
      form={(row, done) => <GroupForm group={row} done={done} />}
    />
  );
}

const HOW_OFTEN: Readonly<Record<number, string>> = { 1: 'Once a week', 2: 'Twice a week' };

function sessionsInWords(group: Group): string {
  const often = HOW_OFTEN[group.sessionsPerWeek] ?? `${group.sessionsPerWeek} times a week`;
  const length = group.length ?? 1;
  const adults = group.adults ?? 1;
  return `${often}, ${length === 1 ? '1 period' : `${length} periods`}, ${adults === 1 ? '1 adult' : `${adults} adults`}`;
}

function needsInWords(group: Group, index: SchoolIndex): string[] {
  const lines = group.skills.map(index.skillName);
  if (group.lead) lines.push(`Led by ${index.staffName(group.lead)}`);
  if (group.staffSex) lines.push(group.staffSex === 'F' ? 'Female staff only' : 'Male staff only');
  if (group.sameAdult) lines.push('The same adult every session');
  if (group.roomKinds?.length) lines.push(`Room: ${group.roomKinds.map((k) => ROOM_KIND_NAMES[k].toLowerCase()).join(' or ')}`);
  if (group.preferredStaff?.length) lines.push(`Preferred: ${group.preferredStaff.map(index.staffName).join(', ')}`);
  return lines;
}
