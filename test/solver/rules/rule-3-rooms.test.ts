import { describe, expect, it } from 'vitest';
import { checkPlan, RuleBook } from '../../../solver/rules';
import { elsa, session, tinySchool } from '../../fixtures/tiny-school';
import { codes } from './helpers';

describe('rule 3: rooms', () => {
  it('needs a room on every group session when the school lists rooms', () => {
    const school = tinySchool();
    const found = checkPlan(school, [elsa('e1', { room: undefined })]);
    expect(codes(found)).toEqual(['3:room-missing']);
    expect(found[0]?.message).toBe('Year 4 ELSA on Monday Period 1 has no room');
    expect(checkPlan(school, [elsa('e1')])).toEqual([]);
  });

  it('needs no room when the school lists none', () => {
    const school = tinySchool((s) => {
      s.rooms = [];
      for (const lesson of s.lessons) delete lesson.room;
      for (const item of s.cover) delete item.room;
    });
    expect(checkPlan(school, [elsa('e1', { room: undefined })])).toEqual([]);
  });

  it('holds one session per room and slot', () => {
    const school = tinySchool();
    const read = (room: string) => session('r1', { group: 'G-READ', day: 'Mon', period: 'P1', room, staff: ['PARK'] });
    const found = checkPlan(school, [elsa('e1', { period: 'P2' }), read('R-SG')]);
    expect(codes(found)).toEqual(['3:room-double-booked']);
    expect(found[0]?.sessions).toEqual(['e1', 'r1']);
    expect(found[0]?.message).toBe('Small group room is already used by Year 4 ELSA on Monday Period 2, so cannot also hold Reading catch-up');
    expect(checkPlan(school, [elsa('e1', { period: 'P2' }), read('R-SENS')])).toEqual([]);
  });

  it('lets the sessions of one cover item share its room, but not a group', () => {
    const school = tinySchool((s) => {
      const duty = s.cover.find((c) => c.id === 'DUTY-LUN');
      if (duty) duty.room = 'R-HALL';
    });
    const d1 = session('d1', { cover: 'DUTY-LUN', day: 'Mon', period: 'LUN', staff: ['KHAN'] });
    const d2 = session('d2', { cover: 'DUTY-LUN', day: 'Mon', period: 'LUN', room: 'R-HALL', staff: ['PARK'] });
    expect(checkPlan(school, [d1, d2])).toEqual([]);
    const lego = session('l1', { group: 'G-LEGO', day: 'Mon', period: 'LUN', room: 'R-HALL', staff: ['ODE'] });
    const found = checkPlan(school, [d1, d2, lego]);
    expect(codes(found)).toEqual(['3:room-double-booked', '3:room-double-booked']);
    expect(found.map((v) => v.sessions)).toEqual([['d1', 'l1'], ['d2', 'l1']]);
    expect(found[0]?.message).toBe('Hall is already used by Lunch duty on Monday Lunch, so cannot also hold Lego club');
  });

  it('counts adults as well as pupils against capacity', () => {
    const school = tinySchool();
    const nurture = (room: string) => session('n1', { group: 'G-NUR', day: 'Mon', period: 'P1', room, staff: ['ODE', 'PARK'] });
    const found = checkPlan(school, [nurture('R-SENS')]);
    expect(codes(found)).toEqual(['3:room-too-small']);
    expect(found[0]?.message).toBe('Sensory room is too small for Nurture group (4 pupils and 2 adults; it holds 5)');
    // 4 pupils + 2 adults = 6: the small group room holds exactly 6.
    expect(checkPlan(school, [nurture('R-SG')])).toEqual([]);
  });

  it('judges a candidate short of adults with the adults the group needs', () => {
    const book = new RuleBook(tinySchool(), []);
    const found = book.violationsFor(session('n1', { group: 'G-NUR', day: 'Mon', period: 'P1', room: 'R-SENS', staff: ['ODE'] }));
    expect(codes(found)).toEqual(['3:room-too-small', '7:wrong-adult-count']);
    expect(found[0]?.message).toContain('(4 pupils and 2 adults; it holds 5)');
  });

  it('counts the covered class and every person on the cover item against capacity', () => {
    const school = tinySchool((s) => {
      const room = s.rooms.find((r) => r.id === 'R-4');
      if (room) room.capacity = 4;
    });
    const found = checkPlan(school, [session('p1', { cover: 'PPA-4B', day: 'Thu', period: 'P3', staff: ['ODE'] })]);
    expect(codes(found)).toEqual(['3:room-too-small']);
    expect(found[0]?.message).toBe('Year 4 classroom is too small for PPA cover: Year 4 Birch (4 pupils and 1 adult; it holds 4)');
    const roomy = tinySchool();
    expect(checkPlan(roomy, [session('p1', { cover: 'PPA-4B', day: 'Thu', period: 'P3', staff: ['ODE'] })])).toEqual([]);
  });

  it('needs one of the group\'s room kinds', () => {
    const school = tinySchool();
    const found = checkPlan(school, [elsa('e1', { room: 'R-SENS' })]);
    expect(codes(found)).toEqual(['3:room-wrong-kind']);
    expect(found[0]?.message).toBe('Sensory room is a sensory room, but Year 4 ELSA needs a small-group room or a therapy room');
    expect(checkPlan(school, [elsa('e1', { room: 'R-THER' })])).toEqual([]);
  });
});
