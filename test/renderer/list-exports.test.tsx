import { describe, expect, it } from 'vitest';
import { listCsv } from '../../renderer/files/list-exports';
import primaryJson from '../../demo/primary.json';
import { schoolSchema } from '../../solver/model/school-file';

describe('the lists as CSV for Excel', () => {
  it('exports every list of a school with one row per item and names, not ids', () => {
    const school = schoolSchema.parse(primaryJson);
    const rows = (list: Parameters<typeof listCsv>[1]) => listCsv(school, list).slice(1).split('\r\n').filter(Boolean);
    expect(rows('staff')).toHaveLength(school.staff.length + 1);
    expect(rows('pupils')).toHaveLength(school.pupils.length + 1);
    expect(rows('groups')).toHaveLength(school.groups.length + 1);
    expect(rows('cover')).toHaveLength(school.cover.length + 1);
    expect(rows('rooms')).toHaveLength(school.rooms.length + 1);
    const group = school.groups.find((g) => g.pupils.length > 0);
    const pupil = school.pupils.find((p) => p.id === group?.pupils[0]);
    if (!group || !pupil) throw new Error('the primary demo has a group with pupils');
    const line = rows('groups').find((r) => r.startsWith(`"${group.name}"`)) ?? '';
    expect(line).toContain(pupil.name);
    expect(line).not.toContain(`"${pupil.id}"`);
  });
});
