import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/rules';
import { elsa, session, tinySchool, twoWeeks } from '../../fixtures/tiny-school';
import { codes } from './helpers';

describe('sessions that cannot be judged as written', () => {
  it('reports a group that is not in the school file (rule 7)', () => {
    const found = checkPlan(tinySchool(), [elsa('e1', { group: 'G-NOPE' })]);
    expect(codes(found)).toEqual(['7:unknown-reference']);
    expect(found[0]?.message).toBe('The session on Monday Period 1 names a group "G-NOPE" that is not in the school file');
  });

  it('reports a cover item that is not in the school file (rule 8)', () => {
    const found = checkPlan(tinySchool(), [session('c1', { cover: 'NOPE', day: 'Mon', period: 'LUN', staff: ['KHAN'] })]);
    expect(codes(found)).toEqual(['8:unknown-reference']);
  });

  it('needs exactly one of a group and a cover item', () => {
    const both = checkPlan(tinySchool(), [elsa('e1', { cover: 'DUTY-LUN' })]);
    expect(codes(both)).toEqual(['7:unknown-reference']);
    expect(both[0]?.message).toBe('The session on Monday Period 1 must name exactly one group or cover item (session e1)');
    const neither = checkPlan(tinySchool(), [session('x', { day: 'Mon', period: 'P1', staff: [] })]);
    expect(codes(neither)).toEqual(['7:unknown-reference']);
  });

  it('reports unknown staff and still judges the known ones', () => {
    const found = checkPlan(tinySchool(), [elsa('e1', { staff: ['KHAN', 'GHOST'], period: 'P4' })]);
    expect(codes(found)).toEqual(['1:unknown-reference', '1:staff-busy', '7:wrong-adult-count']);
    expect(found[0]?.message).toBe('Year 4 ELSA on Monday Period 4 names a member of staff "GHOST" who is not in the school file');
  });

  it('reports an unknown room, not a missing one', () => {
    const found = checkPlan(tinySchool(), [elsa('e1', { room: 'R-NOPE' })]);
    expect(codes(found)).toEqual(['3:unknown-reference']);
  });

  it('reports a slot outside the timetable', () => {
    expect(codes(checkPlan(tinySchool(), [elsa('e1', { day: 'Sat' })]))).toEqual(['5:slot-unknown']);
    const period = checkPlan(tinySchool(), [elsa('e1', { period: 'P9' })]);
    expect(period[0]?.message).toBe('Year 4 ELSA (session e1) starts in period "P9", which is not in the school day');
    const cover = checkPlan(tinySchool(), [session('d1', { cover: 'DUTY-LUN', week: 'B', day: 'Mon', period: 'LUN', staff: ['KHAN'] })]);
    expect(codes(cover)).toEqual(['8:slot-unknown']);
    expect(cover[0]?.message).toBe('Lunch duty (session d1) names week "B", which is not a week of the timetable');
  });

  it('needs a week on every session of a two-week school', () => {
    const school = tinySchool(twoWeeks);
    const found = checkPlan(school, [elsa('e1')]);
    expect(codes(found)).toEqual(['5:slot-unknown']);
    expect(found[0]?.message).toBe('Year 4 ELSA (session e1) names no week (this school has Week A and Week B)');
    expect(checkPlan(school, [elsa('e1', { week: 'A' })])).toEqual([]);
  });

  it('reports a session id used twice', () => {
    const found = checkPlan(tinySchool(), [elsa('e1'), elsa('e1', { day: 'Tue' })]);
    expect(codes(found)).toEqual(['7:session-id-repeated']);
    expect(found[0]?.message).toBe('More than one session has the id "e1"; each session needs its own id');
  });
});
