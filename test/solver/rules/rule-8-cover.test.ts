import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/rules';
import type { School } from '../../../solver/model';
import { session, tinySchool, twoWeeks } from '../../fixtures/tiny-school';
import { codes } from './helpers';

const ppa = (fields: { day?: 'Thu' | 'Fri'; period?: string; room?: string; week?: string } = {}) =>
  session('p1', { cover: 'PPA-4B', day: fields.day ?? 'Thu', period: fields.period ?? 'P3', staff: ['ODE'], ...(fields.room ? { room: fields.room } : {}), ...(fields.week ? { week: fields.week } : {}) });
const duty = (id: string, staff: string[]) => session(id, { cover: 'DUTY-LUN', day: 'Mon', period: 'LUN', staff });

function addReadingPost(s: School): void {
  s.cover.push({ id: 'POST-TUE', kind: 'post', label: 'Reading post', day: 'Tue', period: 'P3', room: 'R-4', priority: 3 });
}

describe('rule 8: cover', () => {
  it('sits a cover session in its item\'s slot', () => {
    const school = tinySchool();
    const found = checkPlan(school, [ppa({ period: 'P4' })]);
    expect(codes(found)).toEqual(['8:cover-wrong-slot']);
    expect(found[0]?.message).toBe('PPA cover: Year 4 Birch is on Thursday Period 3, not Thursday Period 4');
    expect(checkPlan(school, [ppa()])).toEqual([]);
  });

  it('sits a cover session in its item\'s week', () => {
    const school = tinySchool((s) => {
      twoWeeks(s);
      const item = s.cover.find((c) => c.id === 'PPA-4B');
      if (item) item.week = 'A';
    });
    expect(checkPlan(school, [ppa({ week: 'A' })])).toEqual([]);
    const found = checkPlan(school, [ppa({ week: 'B' })]);
    expect(codes(found)).toEqual(['8:cover-wrong-slot']);
    expect(found[0]?.message).toBe('PPA cover: Year 4 Birch is on Thursday Period 3 (Week A), not Thursday Period 3 (Week B)');
  });

  it('keeps a cover session in its item\'s room; naming no room means the item\'s room', () => {
    const school = tinySchool();
    const found = checkPlan(school, [ppa({ room: 'R-SG' })]);
    expect(codes(found)).toEqual(['8:cover-wrong-room']);
    expect(found[0]?.message).toBe('PPA cover: Year 4 Birch is in Year 4 classroom, not Small group room');
    expect(checkPlan(school, [ppa({ room: 'R-4' })])).toEqual([]);
    expect(checkPlan(school, [ppa()])).toEqual([]);
  });

  it('treats a cover session with no room as in its item\'s room when judging clashes', () => {
    const school = tinySchool((s) => {
      const read = s.groups.find((g) => g.id === 'G-READ');
      if (read) read.length = 1;
    });
    // The classroom has its own class's lesson and the PPA cover (no room named): the group may not use it.
    const read = session('r1', { group: 'G-READ', day: 'Thu', period: 'P3', room: 'R-4', staff: ['PARK'] });
    const found = checkPlan(school, [ppa(), read]);
    expect(codes(found)).toEqual(['3:room-double-booked', '5:room-has-lesson']);
    expect(found[0]?.message).toBe('Year 4 classroom is already used by PPA cover: Year 4 Birch on Thursday Period 3, so cannot also hold Reading catch-up');
  });

  it('counts staffNeeded per cover item across its sessions', () => {
    const school = tinySchool();
    expect(checkPlan(school, [duty('d1', ['KHAN']), duty('d2', ['PARK'])])).toEqual([]);
    const found = checkPlan(school, [duty('d1', ['KHAN', 'PARK']), duty('d2', ['ODE'])]);
    expect(codes(found)).toEqual(['8:cover-overstaffed']);
    expect(found[0]?.sessions).toEqual(['d1', 'd2']);
    expect(found[0]?.message).toBe('Lunch duty needs 2 people, but 3 would be on it');
  });

  it('lets cover for a class share the room of that class\'s lesson', () => {
    // Art (Year 4 Birch) is in the Year 4 classroom on Thursday Period 3.
    expect(checkPlan(tinySchool(), [ppa({ room: 'R-4' })])).toEqual([]);
    const absence = tinySchool((s) => {
      s.cover.push({ id: 'ABS-4B', kind: 'absence', label: 'Absence cover: Year 4 Birch Science', day: 'Tue', period: 'P3', class: 'C4B', room: 'R-4', priority: 1 });
    });
    expect(checkPlan(absence, [session('a1', { cover: 'ABS-4B', day: 'Tue', period: 'P3', staff: ['PARK'] })])).toEqual([]);
  });

  it('keeps other cover out of a room where a lesson is held', () => {
    const school = tinySchool(addReadingPost);
    const found = checkPlan(school, [session('x1', { cover: 'POST-TUE', day: 'Tue', period: 'P3', staff: ['PARK'] })]);
    expect(codes(found)).toEqual(['8:room-has-lesson']);
    expect(found[0]?.message).toBe('Year 4 classroom has a Science lesson (Year 4 Birch) on Tuesday Period 3, so Reading post cannot use it');
    const free = tinySchool((s) => {
      addReadingPost(s);
      const post = s.cover.find((c) => c.id === 'POST-TUE');
      if (post) post.room = 'R-HALL';
    });
    expect(checkPlan(free, [session('x1', { cover: 'POST-TUE', day: 'Tue', period: 'P3', staff: ['PARK'] })])).toEqual([]);
  });
});
