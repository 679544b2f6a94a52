import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/rules';
import { elsa, session, tinySchool } from '../../fixtures/tiny-school';
import { codes } from './helpers';

describe('rule 2: a pupil is in at most one group session per slot', () => {
  const nurture = (period: string) => session('n1', { group: 'G-NUR', day: 'Mon', period, room: 'R-SG', staff: ['ODE', 'PARK'] });

  it('catches a pupil in two group sessions at once', () => {
    const school = tinySchool();
    const found = checkPlan(school, [elsa('e1', { room: 'R-THER' }), nurture('P1')]);
    expect(codes(found)).toEqual(['2:pupil-double-booked']);
    expect(found[0]?.sessions).toEqual(['e1', 'n1']);
    expect(found[0]?.message).toBe('Amy Lee is already in Year 4 ELSA on Monday Period 1, so cannot also be in Nurture group');
    expect(checkPlan(school, [elsa('e1', { room: 'R-THER' }), nurture('P2')])).toEqual([]);
  });

  it('catches a clash in the second period of a two-period session', () => {
    const school = tinySchool();
    const read = session('r1', { group: 'G-READ', day: 'Mon', period: 'P1', room: 'R-SENS', staff: ['KHAN'] });
    const found = checkPlan(school, [read, nurture('P2')]);
    expect(codes(found)).toEqual(['2:pupil-double-booked']);
    expect(found[0]?.message).toBe('Cara Diaz is already in Reading catch-up on Monday Period 2, so cannot also be in Nurture group');
    expect(checkPlan(school, [read, nurture('P3')])).toEqual([]);
  });

  it('names every pupil the two sessions share', () => {
    const school = tinySchool((s) => {
      const elsaGroup = s.groups.find((g) => g.id === 'G-ELSA');
      if (elsaGroup) elsaGroup.pupils = ['AMY', 'BEN'];
    });
    const found = checkPlan(school, [elsa('e1', { room: 'R-THER' }), nurture('P1')]);
    expect(found[0]?.message).toBe('Amy Lee and Ben Cole are already in Year 4 ELSA on Monday Period 1, so cannot also be in Nurture group');
  });

  it('does not count cover sessions as taking pupils out', () => {
    const school = tinySchool();
    const ppa = session('p1', { cover: 'PPA-4B', day: 'Thu', period: 'P3', staff: ['ODE'] });
    expect(checkPlan(school, [ppa, elsa('e1', { day: 'Thu', period: 'P3' })])).toEqual([]);
  });
});
