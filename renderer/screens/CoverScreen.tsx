/** PPA cover, absence cover, duties and staffed posts, each with its slot in words. */
import type { Cover } from '../../solver/model/school-file';
import type { Column } from '../components/SortableTable';
import { useClient } from '../api/ClientContext';
import { ListWithForms } from '../editing/ListWithForms';
import { CoverForm } from '../forms/CoverForm';
import { Lines } from '../components/Lines';
import { COVER_KIND_NAMES, ROLE_NAMES, slotInWords, slotOrder, type SchoolIndex } from '../school/words';

export function CoverScreen({ index }: { index: SchoolIndex }) {
  const client = useClient();
  const { calendar } = index.school;
  const classLine = (c: Cover) => (c.class ? `Class ${index.className(c.class)}` : '');
  const columns: Column<Cover>[] = [
    { header: 'When', text: (c) => slotInWords(calendar, c), sortValue: (c) => slotOrder(calendar, c), className: 'nowrap' },
    {
      header: 'What',
      text: (c) => `${c.label} ${COVER_KIND_NAMES[c.kind]} ${classLine(c)}`,
      sortValue: (c) => c.label,
      className: 'wide',
      render: (c) => (
        <>
          {c.label}
          <div className="muted">
            {COVER_KIND_NAMES[c.kind]}
            {c.class ? ` · ${classLine(c)}` : ''}
          </div>
        </>
      ),
    },
    {
      header: 'Who may do it',
      text: (c) => whoInWords(c, index).join(', '),
      sortValue: (c) => c.staffNeeded ?? 1,
      render: (c) => <Lines items={whoInWords(c, index)} none="Anyone free" />,
    },
    { header: 'Room', text: (c) => (c.room ? index.roomName(c.room) : '') },
    { header: 'Priority', text: (c) => String(c.priority), sortValue: (c) => c.priority, className: 'number' },
  ];
  return (
    <ListWithForms
      kind="cover"
      caption={`Cover, duties and staffed posts at ${index.school.school.name}`}
      noun="cover items"
      one="cover item"
      rows={index.school.cover}
      columns={columns}
      name={(c) => `${c.label} (${slotInWords(calendar, c)})`}
      remove={(id) => client.call('cover:delete', { id, withLinks: true })}
      form={(row, done) => <CoverForm cover={row} done={done} />}
    />
  );
}

function whoInWords(cover: Cover, index: SchoolIndex): string[] {
  const people = cover.staffNeeded ?? 1;
  const lines = [people === 1 ? '1 person' : `${people} people`];
  if (cover.roles?.length) lines.push(cover.roles.map((r) => ROLE_NAMES[r]).join(', '));
  if (cover.specifiedWork) lines.push('Must be allowed to teach (specified work)');
  for (const skill of cover.skills ?? []) lines.push(index.skillName(skill));
  return lines;
}
