import { describe, expect, it } from 'vitest';
import { checkPlan } from '../../../solver/rules';
import type { School } from '../../../solver/model';
import { elsa, session, tinySchool } from '../../fixtures/tiny-school';
import { codes } from './helpers';

function setAsOf(asOf: string | undefined) {
  return (s: School) => {
    if (asOf === undefined) delete s.calendar.asOf;
    else s.calendar.asOf = asOf;
  };
}

describe('rule 4: skills, roles and specified work', () => {
  it('needs every skill of the group on every adult', () => {
    const school = tinySchool();
    const found = checkPlan(school, [elsa('e1', { staff: ['PARK'] })]);
    expect(codes(found)).toEqual(['4:skill-missing']);
    expect(found[0]?.message).toBe('Mr Park is not trained in ELSA, which Year 4 ELSA needs');
    expect(checkPlan(school, [elsa('e1', { staff: ['KHAN'] })])).toEqual([]);
  });

  it('judges expiry on calendar.asOf: valid up to and including the expiry date', () => {
    // Ms Khan's ELSA expires on 2026-07-31.
    expect(checkPlan(tinySchool(setAsOf('2026-07-31')), [elsa('e1')])).toEqual([]);
    const found = checkPlan(tinySchool(setAsOf('2026-08-01')), [elsa('e1')]);
    expect(codes(found)).toEqual(['4:skill-expired']);
    expect(found[0]?.message).toBe("Ms Khan's training for Year 4 ELSA is out of date on 1 August 2026: ELSA expired on 31 July 2026");
  });

  it('ignores expiry when the calendar has no asOf date', () => {
    const school = tinySchool((s) => {
      setAsOf(undefined)(s);
      const khan = s.staff.find((p) => p.id === 'KHAN');
      if (khan) khan.skills = [{ skill: 'ELSA', expires: '2020-01-01' }];
    });
    expect(checkPlan(school, [elsa('e1')])).toEqual([]);
  });

  it('takes the latest expiry when a skill is listed twice', () => {
    const school = tinySchool((s) => {
      const khan = s.staff.find((p) => p.id === 'KHAN');
      if (khan) khan.skills = [{ skill: 'ELSA', expires: '2020-01-01' }, { skill: 'ELSA', expires: '2027-01-01' }];
    });
    expect(checkPlan(school, [elsa('e1')])).toEqual([]);
  });

  it('needs a cover item\'s skills on everyone assigned', () => {
    const school = tinySchool((s) => {
      const duty = s.cover.find((c) => c.id === 'DUTY-LUN');
      if (duty) duty.skills = ['TT'];
      const park = s.staff.find((p) => p.id === 'PARK');
      if (park) park.skills = [{ skill: 'TT' }];
    });
    const duty = (staff: string) => session('d1', { cover: 'DUTY-LUN', day: 'Mon', period: 'LUN', staff: [staff] });
    const found = checkPlan(school, [duty('KHAN')]);
    expect(codes(found)).toEqual(['4:skill-missing']);
    expect(found[0]?.message).toBe('Ms Khan is not trained in Team Teach, which Lunch duty needs');
    expect(checkPlan(school, [duty('PARK')])).toEqual([]);
  });

  it('keeps a cover item to its roles', () => {
    const school = tinySchool((s) => {
      const ppa = s.cover.find((c) => c.id === 'PPA-4B');
      if (ppa) ppa.roles = ['teacher'];
      s.staff.push({
        id: 'NEW', name: 'Miss New', role: 'teacher', specifiedWork: true, skills: [],
        available: [{ day: 'Thu', periods: ['P3'] }],
      });
    });
    const ppa = (staff: string) => session('p1', { cover: 'PPA-4B', day: 'Thu', period: 'P3', staff: [staff] });
    const found = checkPlan(school, [ppa('ODE')]);
    expect(codes(found)).toEqual(['4:role-not-allowed']);
    expect(found[0]?.message).toBe('PPA cover: Year 4 Birch is for teachers only, and Mr Ode is an HLTA');
    expect(checkPlan(school, [ppa('NEW')])).toEqual([]);
  });

  it('keeps a group to its roles', () => {
    const school = tinySchool((s) => {
      const group = s.groups.find((g) => g.id === 'G-ELSA');
      if (group) group.roles = ['hlta', 'senco'];
    });
    const found = checkPlan(school, [elsa('e1', { staff: ['KHAN'] })]);
    expect(codes(found)).toEqual(['4:role-not-allowed']);
    expect(found[0]?.message).toBe('Year 4 ELSA is for HLTAs and SENCOs only, and Ms Khan is a TA');
    expect(checkPlan(school, [elsa('e1', { staff: ['ODE'] })])).toEqual([]);
  });

  it('needs specified-work authorisation where the cover involves teaching', () => {
    const unauthorised = tinySchool((s) => {
      const ode = s.staff.find((p) => p.id === 'ODE');
      if (ode) ode.specifiedWork = false;
    });
    const ppa = session('p1', { cover: 'PPA-4B', day: 'Thu', period: 'P3', staff: ['ODE'] });
    const found = checkPlan(unauthorised, [ppa]);
    expect(codes(found)).toEqual(['4:needs-specified-work']);
    expect(found[0]?.message).toBe('PPA cover: Year 4 Birch involves teaching the class, and Mr Ode is not authorised for specified work');
    expect(checkPlan(tinySchool(), [ppa])).toEqual([]);
  });
});
