import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/rules';
import { elsa, session, tinySchool, twoWeeks } from '../../fixtures/tiny-school';
import { codes } from './helpers';

describe('rule 6: no pupil is withdrawn from a protected lesson', () => {
  it('catches a session over a pupil\'s protected lesson', () => {
    const school = tinySchool();
    const found = checkPlan(school, [elsa('e1', { day: 'Wed', period: 'P2' })]);
    expect(codes(found)).toEqual(['6:protected-lesson']);
    expect(found[0]?.message).toBe('Amy Lee would miss protected English on Wednesday Period 2 to attend Year 4 ELSA');
    expect(checkPlan(school, [elsa('e1', { day: 'Wed', period: 'P1' })])).toEqual([]);
  });

  it('allows withdrawal from a lesson that is not protected', () => {
    // Science on Tuesday Period 3 is not protected.
    expect(checkPlan(tinySchool(), [elsa('e1', { day: 'Tue', period: 'P3' })])).toEqual([]);
  });

  it('checks the second period of a two-period session', () => {
    const school = tinySchool();
    const read = (period: string) => session('r1', { group: 'G-READ', day: 'Wed', period, room: 'R-SG', staff: ['PARK'] });
    const found = checkPlan(school, [read('P1')]);
    expect(codes(found)).toEqual(['6:protected-lesson']);
    expect(found[0]?.message).toBe('Cara Diaz would miss protected English on Wednesday Period 2 to attend Reading catch-up');
    expect(checkPlan(school, [read('REG')])).toEqual([]);
  });

  it('reports each pupil who would miss a protected lesson', () => {
    const found = checkPlan(tinySchool(), [session('n1', { group: 'G-NUR', day: 'Wed', period: 'P2', room: 'R-SG', staff: ['ODE', 'PARK'] })]);
    expect(codes(found)).toEqual(Array(4).fill('6:protected-lesson'));
    expect(found.map((v) => v.message.split(' would')[0])).toEqual(['Amy Lee', 'Ben Cole', 'Cara Diaz', 'Dan Egan']);
  });

  it('reads a lesson without a week as every week, and with a week as that week only', () => {
    const everyWeek = tinySchool(twoWeeks);
    expect(codes(checkPlan(everyWeek, [elsa('e1', { week: 'B', day: 'Wed', period: 'P2' })]))).toEqual(['6:protected-lesson']);
    const weekA = tinySchool((s) => {
      twoWeeks(s);
      const english = s.lessons.find((l) => l.subject === 'English');
      if (english) english.week = 'A';
    });
    expect(checkPlan(weekA, [elsa('e1', { week: 'B', day: 'Wed', period: 'P2' })])).toEqual([]);
    expect(codes(checkPlan(weekA, [elsa('e1', { week: 'A', day: 'Wed', period: 'P2' })]))).toEqual(['6:protected-lesson']);
  });
});
