import { describe, expect, it } from 'vitest';
import { describeSchool, parseSchool, parseSchoolText, type ParseResult, type Problem } from '../../../solver/model/validate';
import type { School } from '../../../solver/model/school-file';
import { demoSchool, miniPrimary, projectText, withValue } from '../../fixtures/schools';

function problemsOf(result: ParseResult): Problem[] {
  if (result.ok) throw new Error(`expected problems, but the file was accepted: ${describeSchool(result.school)}`);
  return result.problems;
}

function warningsOf(result: ParseResult): Problem[] {
  if (!result.ok) throw new Error(`expected a valid file, got ${JSON.stringify(result.problems, null, 2)}`);
  return result.warnings;
}

/** Asserts the file has exactly one problem, at `path`, whose message contains every one of `words`. */
function expectOnlyProblem(result: ParseResult, path: string, words: readonly string[]): void {
  const problems = problemsOf(result);
  expect(problems.map((p) => p.path)).toEqual([path]);
  for (const word of words) expect(problems[0]?.message).toContain(word);
}

/** A copy of the mini primary with one typed edit made. */
function mini(edit: (school: School) => void): School {
  const school = miniPrimary();
  edit(school);
  return school;
}

/** A copy of the secondary demo (a two-week school) with one typed edit made. */
function secondary(edit: (school: School) => void): School {
  const school = demoSchool('secondary');
  edit(school);
  return school;
}

describe('the demo schools and the mini fixture', () => {
  it('reads the primary demo with no problems and only its one lapsed certificate as a warning', () => {
    const warnings = warningsOf(parseSchoolText(projectText('demo/primary.json')));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.path).toBe('$.staff[13].skills[0].expires');
    expect(warnings[0]?.message).toContain('Anika Vickers');
    expect(warnings[0]?.message).toContain('Team Teach');
    expect(warnings[0]?.message).toContain('expired on 2025-06-20');
  });

  it('reads the secondary demo with no problems and only its one lapsed certificate as a warning', () => {
    const warnings = warningsOf(parseSchoolText(projectText('demo/secondary.json')));
    expect(warnings.map((w) => w.path)).toEqual(['$.staff[82].skills[1].expires']);
    expect(warnings[0]?.message).toContain('Jack Varley');
    expect(warnings[0]?.message).toContain('before the plan date 2025-09-22');
  });

  it('sums each school up in one line', () => {
    const primary = parseSchoolText(projectText('demo/primary.json'));
    const second = parseSchoolText(projectText('demo/secondary.json'));
    const small = parseSchool(miniPrimary());
    if (!primary.ok || !second.ok || !small.ok) throw new Error('a fixture school did not parse');
    expect(describeSchool(primary.school)).toBe(
      'Brackenfold Primary School (primary): one-week cycle, 5 days x 8 periods, 35 staff, 64 pupils, 11 classes, 355 lessons, 29 groups, 81 cover items, no plan',
    );
    expect(describeSchool(second.school)).toBe(
      'Elderwood Vale Academy (secondary): two-week cycle, 5 days x 8 periods, 91 staff, 184 pupils, 496 classes, 2400 lessons, 28 groups, 175 cover items, a plan of 3 sessions (3 pinned)',
    );
    expect(describeSchool(small.school)).toBe(
      'Fenwick Road Primary School (primary): one-week cycle, 5 days x 8 periods, 6 staff, 8 pupils, 2 classes, 50 lessons, 3 groups, 3 cover items, a plan of 2 sessions (1 pinned) with 1 unfilled need',
    );
  });

  it('accepts the mini primary without a single warning', () => {
    expect(warningsOf(parseSchool(miniPrimary()))).toEqual([]);
  });

  it('sees an edit made in place when the same school is checked again', () => {
    const school = miniPrimary();
    expect(parseSchool(school).ok).toBe(true);
    school.groups[0]?.preferredStaff?.push('A99');
    expectOnlyProblem(parseSchool(school), '$.groups[0].preferredStaff[2]', ['staff "A99" does not exist']);
  });

  it('hands back the very object it read, so its key order survives a round trip', () => {
    const json = JSON.parse(projectText('test/fixtures/mini-primary.json')) as unknown;
    const result = parseSchool(json);
    expect(result.ok && result.school).toBe(json);
  });
});

describe('the shape of the file', () => {
  it('names an unknown top-level key and lists the keys allowed there', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['extras'], {})), '$.extras', [
      'unknown key "extras"', 'format, school, calendar', 'plan',
    ]);
  });

  it('suggests the right spelling of an unknown nested key, without also calling the right key missing', () => {
    const school = miniPrimary();
    const group = withValue(school, ['groups', 0, 'sessionsPerWeek'], undefined);
    const typo = withValue(group as School, ['groups', 0, 'sessionPerWeek'], 3);
    expectOnlyProblem(parseSchool(typo), '$.groups[0].sessionPerWeek', [
      'unknown key "sessionPerWeek"', '(did you mean "sessionsPerWeek"?)',
    ]);
  });

  it('lists the allowed keys when no known key is close', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['staff', 0, 'shoeSize'], 6)), '$.staff[0].shoeSize', [
      'unknown key "shoeSize"', 'id, name, role, sex, specifiedWork',
    ]);
  });

  it('lists the allowed values of a role', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['staff', 0, 'role'], 'headteacher')), '$.staff[0].role', [
      '"headteacher" is not allowed', '"teacher", "hlta", "ta", "cover-supervisor", "senco", "pastoral-lead", "leader", "other"',
    ]);
  });

  it('suggests the short code for a day written out in full', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['calendar', 'days', 0], 'Monday')), '$.calendar.days[0]', [
      '"Monday" is not allowed', 'did you mean "Mon"?',
    ]);
  });

  it('rejects a time without its leading zero', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['calendar', 'periods', 0, 'start'], '9:00')), '$.calendar.periods[0].start', [
      '24-hour time HH:MM', 'found "9:00"',
    ]);
  });

  it('rejects a date that is not on the calendar, once', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['calendar', 'terms', 0, 'end'], '2025-02-30')), '$.calendar.terms[0].end', [
      'real calendar date', '"2025-02-30"',
    ]);
  });

  it('rejects a date in the wrong shape without also calling it impossible', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['calendar', 'asOf'], '15/09/2025')), '$.calendar.asOf', [
      'YYYY-MM-DD', '"15/09/2025"',
    ]);
  });

  it('names a missing required field', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['pupils', 0, 'name'], undefined)), '$.pupils[0].name', [
      'required field "name" is missing',
    ]);
  });

  it('says a quoted number should lose its quotes', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['groups', 1, 'sessionsPerWeek'], '2')), '$.groups[1].sessionsPerWeek', [
      'must be a number', 'text "2"', 'remove the quotes',
    ]);
  });

  it('says a list was expected where a single id was given', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['classes', 0, 'pupils'], 'P01')), '$.classes[0].pupils', [
      'must be a list', 'text "P01"',
    ]);
  });

  it('rejects a negative room capacity', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['rooms', 0, 'capacity'], -3)), '$.rooms[0].capacity', [
      'at least 1', 'found -3',
    ]);
  });

  it('rejects a priority outside 1 to 5', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['groups', 2, 'priority'], 7)), '$.groups[2].priority', [
      'priority 1 (highest) to 5', 'found 7',
    ]);
  });

  it('rejects a cycle other than A or A and B', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['calendar', 'weeks'], ['A', 'C'])), '$.calendar.weeks', [
      '["A"] (one-week cycle) or ["A", "B"] (two-week cycle)',
    ]);
  });

  it('reports only the format of a file in another format, not the differences that follow from it', () => {
    expectOnlyProblem(parseSchool(withValue(miniPrimary(), ['format'], 'staffroom/2')), '$.format', [
      'format "staffroom/2"', 'reads "staffroom/1" files only',
    ]);
  });

  it('explains that the file must be an object', () => {
    expectOnlyProblem(parseSchool([miniPrimary()]), '$', ['one JSON object', 'a list of 1 item']);
    expectOnlyProblem(parseSchool(null), '$', ['one JSON object', 'null']);
  });

  it('checks cross-references only once the shape is right', () => {
    const school = withValue(mini((s) => s.classes[0]?.pupils.push('P99')), ['rooms', 0, 'capacity'], 0);
    expectOnlyProblem(parseSchool(school), '$.rooms[0].capacity', ['at least 1']);
  });

  it('reports every shape problem, not just the first', () => {
    let school = withValue(miniPrimary(), ['staff', 1, 'specifiedWork'], 'yes');
    school = withValue(school as School, ['lessons', 4, 'day'], 'Thursday');
    school = withValue(school as School, ['cover', 0, 'kind'], 'PPA');
    const problems = problemsOf(parseSchool(school));
    expect(problems.map((p) => p.path)).toEqual(['$.staff[1].specifiedWork', '$.lessons[4].day', '$.cover[0].kind']);
    expect(problems[0]?.message).toContain('true or false');
    expect(problems[1]?.message).toContain('did you mean "Thu"?');
    expect(problems[2]?.message).toContain('did you mean "ppa"?');
  });
});

describe('ids and references', () => {
  const cases: { name: string; school: () => School; path: string; words: string[] }[] = [
    {
      name: 'a group prefers a member of staff who does not exist',
      school: () => mini((s) => s.groups[0]?.preferredStaff?.splice(0, 1, 'A99')),
      path: '$.groups[0].preferredStaff[0]',
      words: ['staff "A99" does not exist'],
    },
    {
      name: 'a class lists a pupil who does not exist',
      school: () => mini((s) => s.classes[0]?.pupils.push('P99')),
      path: '$.classes[0].pupils[4]',
      words: ['pupil "P99" does not exist'],
    },
    {
      name: 'two rooms share an id',
      school: () => mini((s) => Object.assign(s.rooms[4] ?? {}, { id: 'RM-KES' })),
      path: '$.rooms[4].id',
      words: ['room id "RM-KES"', 'already used by $.rooms[0]'],
    },
    {
      name: 'two plan sessions share an id',
      school: () => mini((s) => Object.assign(s.plan?.sessions[1] ?? {}, { id: 'SES-1' })),
      path: '$.plan.sessions[1].id',
      words: ['plan session id "SES-1"', 'already used'],
    },
    {
      name: 'a lesson sits in a period that does not exist',
      school: () => mini((s) => Object.assign(s.lessons[0] ?? {}, { period: 'S9' })),
      path: '$.lessons[0].period',
      words: ['period "S9" does not exist', 'REG, S1, S2, BRK, S3, LUN, S4, S5'],
    },
    {
      name: 'a lesson belongs to a class that does not exist',
      school: () => mini((s) => Object.assign(s.lessons[3] ?? {}, { class: 'C9' })),
      path: '$.lessons[3].class',
      words: ['class "C9" does not exist'],
    },
    {
      name: 'someone holds a skill that does not exist',
      school: () => mini((s) => Object.assign(s.staff[0]?.skills[0] ?? {}, { skill: 'FIRST_AID' })),
      path: '$.staff[0].skills[0].skill',
      words: ['skill "FIRST_AID" does not exist'],
    },
    {
      name: 'someone is busy in a period that does not exist',
      school: () => mini((s) => Object.assign(s.staff[2]?.busy?.[0] ?? {}, { period: 'P1' })),
      path: '$.staff[2].busy[0].period',
      words: ['period "P1" does not exist'],
    },
    {
      name: 'someone is available on a day the school is closed',
      school: () => mini((s) => Object.assign(s.staff[0]?.available[0] ?? {}, { day: 'Sat' })),
      path: '$.staff[0].available[0].day',
      words: ['Sat is not a school day', 'Mon, Tue, Wed, Thu, Fri'],
    },
    {
      name: 'a group is led by a person who does not exist',
      school: () => mini((s) => Object.assign(s.groups[1] ?? {}, { lead: 'X9' })),
      path: '$.groups[1].lead',
      words: ['staff "X9" does not exist'],
    },
    {
      name: 'a pupil is in a group twice',
      school: () => mini((s) => s.groups[0]?.pupils.push('P01')),
      path: '$.groups[0].pupils[2]',
      words: ['pupil "P01" is listed twice', 'also at [0]'],
    },
    {
      name: 'a group allows the same role twice',
      school: () => mini((s) => s.groups[2]?.roles?.push('ta')),
      path: '$.groups[2].roles[2]',
      words: ['role "ta" is listed twice'],
    },
    {
      name: 'a cover item names a week outside the cycle',
      school: () => mini((s) => Object.assign(s.cover[0] ?? {}, { week: 'C' })),
      path: '$.cover[0].week',
      words: ['week "C"', 'one-week cycle', 'calendar.weeks is ["A"]'],
    },
    {
      name: 'a lesson names week B in a one-week school',
      school: () => mini((s) => Object.assign(s.lessons[5] ?? {}, { week: 'B' })),
      path: '$.lessons[5].week',
      words: ['week "B" is not a week of this one-week cycle'],
    },
    {
      name: 'a cover item uses a room that does not exist',
      school: () => mini((s) => Object.assign(s.cover[1] ?? {}, { room: 'RM-GYM' })),
      path: '$.cover[1].room',
      words: ['room "RM-GYM" does not exist'],
    },
    {
      name: 'a plan session is for a group that does not exist',
      school: () => mini((s) => Object.assign(s.plan?.sessions[0] ?? {}, { group: 'G9' })),
      path: '$.plan.sessions[0].group',
      words: ['group "G9" does not exist'],
    },
    {
      name: 'an unfilled entry names a cover item that does not exist',
      school: () => mini((s) => Object.assign(s.plan?.unfilled?.[0] ?? {}, { group: undefined, cover: 'PPA-C9' })),
      path: '$.plan.unfilled[0].cover',
      words: ['cover item "PPA-C9" does not exist'],
    },
    {
      name: 'a session names both a group and a cover item',
      school: () => mini((s) => Object.assign(s.plan?.sessions[0] ?? {}, { cover: 'PPA-C1-Wed-S4' })),
      path: '$.plan.sessions[0]',
      words: ['session "SES-1" names both group "G3" and cover item "PPA-C1-Wed-S4"', 'exactly one'],
    },
    {
      name: 'a session names neither a group nor a cover item',
      school: () => mini((s) => Object.assign(s.plan?.sessions[1] ?? {}, { cover: undefined })),
      path: '$.plan.sessions[1]',
      words: ['session "SES-2" names neither a group nor a cover item'],
    },
  ];

  for (const { name, school, path, words } of cases) {
    it(`reports it when ${name}`, () => {
      // Round-trip through JSON so an `undefined` set by an edit is a missing key, as in a file.
      expectOnlyProblem(parseSchool(JSON.parse(JSON.stringify(school())) as unknown), path, words);
    });
  }

  it('reports every independent problem in one go', () => {
    const school = mini((s) => {
      s.groups[0]?.preferredStaff?.splice(0, 1, 'A99');
      s.classes[1]?.pupils.push('P42');
      Object.assign(s.cover[2] ?? {}, { period: 'LUNCH' });
    });
    const problems = problemsOf(parseSchool(school));
    expect(problems.map((p) => p.path).sort()).toEqual([
      '$.classes[1].pupils[4]', '$.cover[2].period', '$.groups[0].preferredStaff[0]',
    ]);
  });
});

describe('the calendar', () => {
  it('rejects a day listed twice', () => {
    expectOnlyProblem(parseSchool(mini((s) => s.calendar.days.push('Mon'))), '$.calendar.days[5]', ['day "Mon" is listed twice']);
  });

  it('rejects overlapping periods', () => {
    const school = mini((s) => Object.assign(s.calendar.periods[2] ?? {}, { start: '09:30' }));
    expectOnlyProblem(parseSchool(school), '$.calendar.periods[2].start', [
      'period "S2" starts at 09:30', 'before period "S1" ends at 10:00', 'must not overlap',
    ]);
  });

  it('rejects periods out of day order', () => {
    const school = mini((s) => {
      const [reg, s1, s2, ...rest] = s.calendar.periods;
      if (!reg || !s1 || !s2) throw new Error('fixture periods');
      s.calendar.periods = [reg, s2, s1, ...rest];
    });
    expectOnlyProblem(parseSchool(school), '$.calendar.periods[2].start', ['period "S1" starts at 08:55', 'day order']);
  });

  it('rejects a period that ends before it starts', () => {
    const school = mini((s) => Object.assign(s.calendar.periods[0] ?? {}, { end: '08:40' }));
    expectOnlyProblem(parseSchool(school), '$.calendar.periods[0].end', ['period "REG" ends at 08:40', 'not after its start']);
  });

  it('rejects a term that ends before it starts', () => {
    const school = mini((s) => Object.assign(s.calendar.terms?.[1] ?? {}, { end: '2025-11-01' }));
    expectOnlyProblem(parseSchool(school), '$.calendar.terms[1].end', ['term "Autumn 2" ends on 2025-11-01, before it starts']);
  });

  it('rejects terms that overlap', () => {
    const school = mini((s) => Object.assign(s.calendar.terms?.[1] ?? {}, { start: '2025-10-20' }));
    expectOnlyProblem(parseSchool(school), '$.calendar.terms[1].start', ['before term "Autumn 1" ends on 2025-10-24']);
  });

  it('rejects a term starting on week B in a one-week school', () => {
    const school = mini((s) => Object.assign(s.calendar.terms?.[0] ?? {}, { startsOn: 'B' }));
    expectOnlyProblem(parseSchool(school), '$.calendar.terms[0].startsOn', ['week "B" is not a week of this one-week cycle']);
  });
});

describe('a two-week school', () => {
  it('requires every cover item to name its week', () => {
    const school = secondary((s) => delete s.cover[4]?.week);
    expectOnlyProblem(parseSchool(school), '$.cover[4].week', ['cover item "DU01-A-Fri" must name its week']);
  });

  it('requires every plan session to name its week', () => {
    const school = secondary((s) => delete s.plan?.sessions[0]?.week);
    expectOnlyProblem(parseSchool(school), '$.plan.sessions[0].week', ['session "PIN-VIS01-A" must name its week']);
  });

  it('counts a group\'s fixed slots in each week, a slot without a week in both', () => {
    const school = secondary((s) => Object.assign(s.groups[0] ?? {}, {
      slots: [{ day: 'Mon', period: 'P1' }, { day: 'Tue', period: 'P1' }, { week: 'A', day: 'Wed', period: 'P1' }],
    }));
    expect(school.groups[0]?.sessionsPerWeek).toBe(3);
    expectOnlyProblem(parseSchool(school), '$.groups[0].slots', ['give 2 sessions in week B', 'sessionsPerWeek is 3']);
  });
});

describe('a group\'s fixed slots', () => {
  it('must give exactly sessionsPerWeek sessions', () => {
    expectOnlyProblem(parseSchool(mini((s) => s.groups[2]?.slots?.pop())), '$.groups[2].slots', [
      'group "G3" give 1 session a week', 'sessionsPerWeek is 2',
    ]);
  });

  it('may not put two sessions on one day', () => {
    const school = mini((s) => Object.assign(s.groups[2] ?? {}, { slots: [{ day: 'Tue', period: 'S4' }, { day: 'Tue', period: 'S5' }] }));
    expectOnlyProblem(parseSchool(school), '$.groups[2].slots[1]', ['already has a fixed slot on Tue', 'at most once a day']);
  });

  it('must lie in the group\'s allowed periods', () => {
    const school = mini((s) => Object.assign(s.groups[2]?.slots?.[0] ?? {}, { period: 'S1' }));
    expectOnlyProblem(parseSchool(school), '$.groups[2].slots[0].period', ['period "S1"', 'allowed periods (S4, S5)']);
  });

  it('may use break only for an unstructured group', () => {
    const slots = [{ day: 'Mon' as const, period: 'BRK' }, { day: 'Tue' as const, period: 'S1' }, { day: 'Wed' as const, period: 'S1' }];
    expectOnlyProblem(parseSchool(mini((s) => Object.assign(s.groups[0] ?? {}, { slots }))), '$.groups[0].slots[0].period', [
      'period "BRK", a break period', 'unstructured',
    ]);
    expect(parseSchool(mini((s) => Object.assign(s.groups[0] ?? {}, { slots, unstructured: true }))).ok).toBe(true);
  });

  it('must leave room in the day for a session of the group\'s length', () => {
    const school = mini((s) => Object.assign(s.groups[2] ?? {}, { length: 2, slots: [{ day: 'Tue', period: 'S4' }, { day: 'Thu', period: 'S5' }] }));
    expectOnlyProblem(parseSchool(school), '$.groups[2].slots[1].period', ['2-period session', 'past the end of the day']);
  });
});

describe('the plan in the file', () => {
  it('rejects a pinned session that breaks a hard rule, in the checker\'s words (rule 10)', () => {
    const school = mini((s) => {
      const first = s.plan!.sessions.find((x) => x.pinned === true)!;
      s.plan!.sessions.push({ ...first, id: 'clash', pinned: true });
    });
    const problems = problemsOf(parseSchool(school));
    expect(problems.length).toBeGreaterThan(0);
    const index = school.plan!.sessions.findIndex((x) => x.id === 'clash');
    expect(problems.some((p) => p.path === `$.plan.sessions[${index}]` || p.path.startsWith('$.plan.sessions['))).toBe(true);
    expect(problems.every((p) => p.message.startsWith('pinned session breaks hard rule '))).toBe(true);
    expect(problems.map((p) => p.message).join(' ')).toContain('already');
  });

  it('warns of a pinned session naming someone who has left, without refusing the file', () => {
    const school = mini((s) => {
      const first = s.plan!.sessions.find((x) => x.pinned === true)!;
      s.staff.find((p) => p.id === first.staff[0])!.left = '2025-10-01';
    });
    const index = school.plan!.sessions.findIndex((x) => x.pinned === true);
    const warnings = warningsOf(parseSchool(school));
    expect(warnings.map((w) => w.path)).toEqual([`$.plan.sessions[${index}].staff`]);
    expect(warnings[0]?.message).toMatch(/has left the school \(marked on 2025-10-01\) but is still on this pinned session: change it by hand$/);
  });

  it('accepts an unpinned session that breaks a rule: the planner will move it', () => {
    const school = mini((s) => {
      const first = s.plan!.sessions.find((x) => x.pinned === true)!;
      s.plan!.sessions.push({ ...first, id: 'clash', pinned: false });
    });
    expect(parseSchool(school).ok).toBe(true);
  });
});

describe('warnings', () => {
  it('flags a UPN whose check letter does not match its digits', () => {
    const warnings = warningsOf(parseSchool(mini((s) => Object.assign(s.pupils[1] ?? {}, { upn: 'Q207000016049' }))));
    expect(warnings).toEqual([{ path: '$.pupils[1].upn', message: expect.stringContaining('check letter "Q" but its digits give "P"') as unknown }]);
  });

  it('flags a UPN given to two pupils', () => {
    const warnings = warningsOf(parseSchool(mini((s) => Object.assign(s.pupils[2] ?? {}, { upn: 'J999204518001' }))));
    expect(warnings.map((w) => w.path)).toEqual(['$.pupils[2].upn']);
    expect(warnings[0]?.message).toContain('also given to pupil "P01"');
  });

  it('does not name the pupil whose UPN is wrong, only their id', () => {
    const warnings = warningsOf(parseSchool(mini((s) => Object.assign(s.pupils[2] ?? {}, { upn: 'J999204518001' }))));
    expect(warnings[0]?.message).not.toContain('Alfie');
    expect(warnings[0]?.message).not.toContain('Isaac');
  });

  it('flags a skill that lapsed before the plan date, and not one that lapses after', () => {
    const lapsed = warningsOf(parseSchool(mini((s) => Object.assign(s.staff[4]?.skills[1] ?? {}, { expires: '2025-09-14' }))));
    expect(lapsed).toEqual([{
      path: '$.staff[4].skills[1].expires',
      message: "Priya Desai's Paediatric first aid expired on 2025-09-14, before the plan date 2025-09-15: they will not be given work that needs it",
    }]);
    const onTheDay = warningsOf(parseSchool(mini((s) => Object.assign(s.staff[4]?.skills[1] ?? {}, { expires: '2025-09-15' }))));
    expect(onTheDay).toEqual([]);
  });

  it('flags a named lead who is not among the preferred staff and cannot run the group', () => {
    const warnings = warningsOf(parseSchool(mini((s) => Object.assign(s.groups[1] ?? {}, { lead: 'A01' }))));
    expect(warnings.map((w) => w.path)).toEqual(['$.groups[1].lead', '$.groups[1].lead']);
    expect(warnings[0]?.message).toContain('Marcus Reid leads group "ELSA (Evie)" but is not among its preferred staff');
    expect(warnings[1]?.message).toContain('does not hold ELSA');
    expect(warnings[1]?.message).toContain('the group cannot run');
  });

  it('flags a lead of the wrong sex for the group', () => {
    const warnings = warningsOf(parseSchool(mini((s) => Object.assign(s.groups[1] ?? {}, { staffSex: 'M' }))));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]?.message).toContain('the group needs male adults');
  });

  it('flags a group without pupils', () => {
    const warnings = warningsOf(parseSchool(mini((s) => Object.assign(s.groups[0] ?? {}, { pupils: [] }))));
    expect(warnings).toEqual([{ path: '$.groups[0].pupils', message: expect.stringContaining('has no pupils') as unknown }]);
  });
});

describe('reading the text of a file', () => {
  const text = projectText('test/fixtures/mini-primary.json');

  it('accepts a UTF-8 byte-order mark', () => {
    expect(parseSchoolText(`\uFEFF${text}`).ok).toBe(true);
  });

  it('explains an empty file', () => {
    expectOnlyProblem(parseSchoolText(''), '$', ['the file is empty']);
    expectOnlyProblem(parseSchoolText(' \n\t\n'), '$', ['the file is empty']);
  });

  it('gives the line and column of a missing comma', () => {
    const broken = text.replace('"weeks": ["A"],', '"weeks": ["A"]');
    expectOnlyProblem(parseSchoolText(broken), '$', ['not valid JSON', 'line 6, column 5', 'a comma "," is missing before this key']);
  });

  it('gives the line and column of a trailing comma', () => {
    const broken = text.replace('"capacity": 200}', '"capacity": 200,}');
    expectOnlyProblem(parseSchoolText(broken), '$', ['line 35, column 70', 'comma before "}" that must be removed']);
  });

  it('says where an unclosed bracket opened when the file ends early', () => {
    expectOnlyProblem(parseSchoolText(text.slice(0, text.indexOf('"skills"'))), '$', [
      'the file ends too early', 'the "{" at line 1, column 1 is never closed',
    ]);
  });

  it('explains a file that is a list, not an object', () => {
    expectOnlyProblem(parseSchoolText('[]'), '$', ['one JSON object', 'the list []']);
  });

  it('reports a key written twice in one object, and the other problems too', () => {
    const broken = text.replace('"name": "Hannah Pryce",', '"name": "Hannah Pryce", "name": "H Pryce",').replace('"capacity": 200', '"capacity": 0');
    const problems = problemsOf(parseSchoolText(broken));
    expect(problems.map((p) => p.path)).toEqual(['$.staff[0].name', '$.rooms[4].capacity']);
    expect(problems[0]?.message).toContain('key "name" is written 2 times in one object (line 40)');
  });

  it('refuses brackets nested deeper than any school file, without running out of stack', () => {
    expectOnlyProblem(parseSchoolText('['.repeat(100_000)), '$', ['line 1, column 257', 'nests brackets too deeply']);
  });

  it('finds a key repeated under another spelling of the same text', () => {
    const problems = problemsOf(parseSchoolText('{"format": "staffroom/1", "form\u0061t": "staffroom/1"}'));
    expect(problems[0]?.message).toContain('key "format" is written 2 times');
  });

  const mistakes: [string, string, string][] = [
    ["{'format': 'staffroom/1'}", 'line 1, column 2', 'not single quotes'],
    ['{"format": "staffroom/1", // the format\n}', 'line 1, column 27', 'comments are not allowed'],
    ['{"format": True}', 'line 1, column 12', 'must be written in small letters: true'],
    ['{"a": [1, 2}', 'line 1, column 12', 'this "}" closes a list'],
    ['{"a": 012}', 'line 1, column 7', '"012" is not a number JSON allows'],
    ['{"a": "two\nlines"}', 'line 1, column 7', 'a closing " is missing'],
    ['{"a": 1} {"b": 2}', 'line 1, column 10', 'more text after the end'],
    ['{format: 1}', 'line 1, column 2', 'expected a key in double quotes, found "format"'],
    ['{"a" 1}', 'line 1, column 6', 'a colon ":" is missing after the key "a"'],
    ['{"a": "\\q"}', 'line 1, column 8', '"\\q" is not a JSON escape'],
  ];
  for (const [json, where, words] of mistakes) {
    it(`explains ${JSON.stringify(json)}`, () => {
      expectOnlyProblem(parseSchoolText(json), '$', [where, words]);
    });
  }
});
