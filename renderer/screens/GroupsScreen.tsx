/** Intervention groups: what they are, who is in them (names and needs), and what they need. */
import type { Group } from '../../solver/model/school-file';
import { SortableTable, type Column } from '../components/SortableTable';
import { NEED_AREA_NAMES, ROOM_KIND_NAMES, SEN_NAMES, yearName, type SchoolIndex } from '../school/words';
import { Lines } from '../components/Lines';

export function GroupsScreen({ index }: { index: SchoolIndex }) {
  const pupils = new Map(index.school.pupils.map((p) => [p.id, p]));
  const pupilLine = (id: string) => {
    const pupil = pupils.get(id);
    if (!pupil) return id;
    const needs = pupil.needs?.length ? `, ${pupil.needs.join(', ')}` : '';
    return `${pupil.name} (${yearName(pupil.year)}, ${SEN_NAMES[pupil.sen]}${needs})`;
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
      render: (g) => <Lines items={g.pupils.map(pupilLine)} none="No pupils yet" />,
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
    <SortableTable
      caption={`Intervention groups at ${index.school.school.name}`}
      noun="groups"
      rows={index.school.groups}
      columns={columns}
      rowKey={(g) => g.id}
    />
  );
}

function sessionsInWords(group: Group): string {
  const length = group.length ?? 1;
  const each = length === 1 ? 'one period' : `${length} periods`;
  const adults = (group.adults ?? 1) === 1 ? '1 adult' : `${group.adults} adults`;
  return `${group.sessionsPerWeek} a week, ${each} each, ${adults}`;
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
