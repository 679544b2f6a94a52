/** The rooms the planner may use, with their kind and how many people they hold. */
import type { Room } from '../../solver/model/school-file';
import type { Column } from '../components/SortableTable';
import { useClient } from '../api/ClientContext';
import { ListWithForms } from '../editing/ListWithForms';
import { RoomForm } from '../forms/RoomForm';
import { ROOM_KIND_NAMES, type SchoolIndex } from '../school/words';

export function RoomsScreen({ index }: { index: SchoolIndex }) {
  const client = useClient();
  const weeks = index.school.calendar.weeks.length;
  const lessonsIn = new Map<string, number>();
  for (const lesson of index.school.lessons) {
    // A lesson that names no week is held in every week of the cycle.
    const times = lesson.week === undefined ? weeks : 1;
    if (lesson.room) lessonsIn.set(lesson.room, (lessonsIn.get(lesson.room) ?? 0) + times);
  }
  const columns: Column<Room>[] = [
    { header: 'Room', text: (r) => r.name },
    { header: 'Kind', text: (r) => ROOM_KIND_NAMES[r.kind] },
    { header: 'Holds', text: (r) => `${r.capacity} people`, sortValue: (r) => r.capacity, className: 'number' },
    {
      header: weeks > 1 ? 'Lessons in it per fortnight' : 'Lessons in it per week',
      text: (r) => String(lessonsIn.get(r.id) ?? 0),
      sortValue: (r) => lessonsIn.get(r.id) ?? 0,
      className: 'number',
    },
  ];
  return (
    <ListWithForms
      kind="room"
      caption={`Rooms at ${index.school.school.name}`}
      noun="rooms"
      one="room"
      rows={index.school.rooms}
      columns={columns}
      name={(r) => `room ${r.name}`}
      remove={(id) => client.call('room:delete', { id, withLinks: true })}
      form={(row, done) => <RoomForm room={row} done={done} />}
    />
  );
}
