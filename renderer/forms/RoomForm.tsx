/** Adding or changing a room: its name, what kind of room it is, and how many people it holds. */
import { useCallback, useState } from 'react';
import type { Room, RoomKind } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { useSave } from '../editing/use-save';
import { Problems, required, wholeNumber } from './checks';
import { ROOM_KIND_CHOICES } from './choices';
import { NumberField, SelectField, TextField } from './fields';
import { FormPage } from './FormPage';

export function RoomForm({ room, done }: { room: Room | null; done: (savedId: string | null) => void }) {
  const client = useClient();
  const [name, setName] = useState(room?.name ?? '');
  const [kind, setKind] = useState<RoomKind>(room?.kind ?? 'small-group');
  const [capacity, setCapacity] = useState(String(room?.capacity ?? 8));
  const onSaved = useCallback((id: string) => done(id), [done]);
  const { errors, busy, save } = useSave(onSaved);
  const check = () => {
    const problems = new Problems();
    problems.add('name', required(name, 'the room’s name'));
    problems.add('capacity', wholeNumber(capacity, { min: 1, max: 1000, what: 'how many people it holds' }));
    return problems.byField;
  };
  return (
    <FormPage
      title={room ? `Edit room ${room.name}` : 'Add a room'}
      errors={errors}
      busy={busy}
      saveLabel={room ? 'Save changes' : 'Add the room'}
      onCancel={() => done(room?.id ?? null)}
      onSave={() => void save(check(), () => client.call('room:save', { room: { ...(room ? { id: room.id } : {}), name: name.trim(), kind, capacity: Number(capacity) } }))}
    >
      <div className="form-columns">
        <TextField path="name" label="Name" value={name} onChange={setName} />
        <SelectField path="kind" label="Kind of room" value={kind} onChange={setKind} choices={ROOM_KIND_CHOICES} />
        <NumberField path="capacity" label="Holds (people, adults included)" value={capacity} onChange={setCapacity} min={1} />
      </div>
    </FormPage>
  );
}
