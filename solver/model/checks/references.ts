/**
 * Every reference resolves (staff, pupils, skills, rooms, classes, groups, cover items, periods),
 * every week and day belongs to the calendar, and lists that are sets hold no repeats.
 */
import { quote } from '../json-path';
import type { Findings } from '../problem';
import type { School } from '../school-file';
import { checkDay, checkNoRepeats, checkPeriod, checkRef, checkRefs, checkSlot, checkWeek } from './list-checks';
import { lookupsOf, type Lookups } from './lookups';

/** Reports every reference in the school that does not resolve. */
export function checkReferences(school: School, found: Findings): void {
  const lookups = lookupsOf(school);
  checkStaff(school, found, lookups);
  checkClassesAndLessons(school, found, lookups);
  checkGroups(school, found, lookups);
  checkCover(school, found, lookups);
  checkPlan(school, found, lookups);
}

function checkStaff(school: School, found: Findings, lookups: Lookups): void {
  school.staff.forEach((person, i) => {
    const path = `$.staff[${i}]`;
    person.skills.forEach((held, k) => checkRef(found, `${path}.skills[${k}].skill`, held.skill, lookups.skills, 'skill'));
    checkNoRepeats(found, `${path}.skills`, person.skills.map((held) => held.skill), 'skill');
    person.available.forEach((entry, k) => {
      const at = `${path}.available[${k}]`;
      checkWeek(found, `${at}.week`, entry.week, lookups);
      checkDay(found, `${at}.day`, entry.day, lookups);
      entry.periods.forEach((period, m) => checkPeriod(found, `${at}.periods[${m}]`, period, lookups));
      checkNoRepeats(found, `${at}.periods`, entry.periods, 'period');
    });
    person.busy?.forEach((entry, k) => checkSlot(found, `${path}.busy[${k}]`, entry, lookups));
  });
}

function checkClassesAndLessons(school: School, found: Findings, lookups: Lookups): void {
  school.classes.forEach((schoolClass, i) => {
    const path = `$.classes[${i}]`;
    checkRef(found, `${path}.teacher`, schoolClass.teacher, lookups.staff, 'staff');
    checkRefs(found, `${path}.pupils`, schoolClass.pupils, lookups.pupils, 'pupil');
    checkNoRepeats(found, `${path}.pupils`, schoolClass.pupils, 'pupil');
  });
  school.lessons.forEach((lesson, i) => {
    const path = `$.lessons[${i}]`;
    checkRef(found, `${path}.class`, lesson.class, lookups.classes, 'class');
    checkSlot(found, path, lesson, lookups);
    checkRef(found, `${path}.teacher`, lesson.teacher, lookups.staff, 'staff');
    checkRef(found, `${path}.room`, lesson.room, lookups.rooms, 'room');
  });
}

function checkGroups(school: School, found: Findings, lookups: Lookups): void {
  school.groups.forEach((group, i) => {
    const path = `$.groups[${i}]`;
    checkRefs(found, `${path}.pupils`, group.pupils, lookups.pupils, 'pupil');
    checkNoRepeats(found, `${path}.pupils`, group.pupils, 'pupil');
    checkRefs(found, `${path}.skills`, group.skills, lookups.skills, 'skill');
    checkNoRepeats(found, `${path}.skills`, group.skills, 'skill');
    checkNoRepeats(found, `${path}.roomKinds`, group.roomKinds, 'room kind');
    checkRefs(found, `${path}.preferredStaff`, group.preferredStaff, lookups.staff, 'staff');
    checkNoRepeats(found, `${path}.preferredStaff`, group.preferredStaff, 'staff');
    checkRef(found, `${path}.lead`, group.lead, lookups.staff, 'staff');
    checkNoRepeats(found, `${path}.roles`, group.roles, 'role');
    group.periods?.forEach((period, k) => checkPeriod(found, `${path}.periods[${k}]`, period, lookups));
    checkNoRepeats(found, `${path}.periods`, group.periods, 'period');
    group.slots?.forEach((slot, k) => checkSlot(found, `${path}.slots[${k}]`, slot, lookups));
  });
}

function checkCover(school: School, found: Findings, lookups: Lookups): void {
  const twoWeek = school.calendar.weeks.length > 1;
  school.cover.forEach((item, i) => {
    const path = `$.cover[${i}]`;
    checkSlot(found, path, item, lookups);
    if (twoWeek && item.week === undefined) {
      found.problem(`${path}.week`, `cover item ${quote(item.id)} must name its week: in a two-week school every cover item says "A" or "B"`);
    }
    checkRef(found, `${path}.class`, item.class, lookups.classes, 'class');
    checkRefs(found, `${path}.skills`, item.skills, lookups.skills, 'skill');
    checkNoRepeats(found, `${path}.skills`, item.skills, 'skill');
    checkNoRepeats(found, `${path}.roles`, item.roles, 'role');
    checkRef(found, `${path}.room`, item.room, lookups.rooms, 'room');
  });
}

function checkPlan(school: School, found: Findings, lookups: Lookups): void {
  if (school.plan === undefined) return;
  const twoWeek = school.calendar.weeks.length > 1;
  school.plan.sessions.forEach((session, i) => {
    const path = `$.plan.sessions[${i}]`;
    checkGroupOrCover(found, path, `session ${quote(session.id)}`, session);
    checkRef(found, `${path}.group`, session.group, lookups.groups, 'group');
    checkRef(found, `${path}.cover`, session.cover, lookups.cover, 'cover item');
    checkSlot(found, path, session, lookups);
    if (twoWeek && session.week === undefined) {
      found.problem(`${path}.week`, `session ${quote(session.id)} must name its week: in a two-week school every plan session says "A" or "B"`);
    }
    checkRef(found, `${path}.room`, session.room, lookups.rooms, 'room');
    checkRefs(found, `${path}.staff`, session.staff, lookups.staff, 'staff');
    checkNoRepeats(found, `${path}.staff`, session.staff, 'staff');
  });
  school.plan.unfilled?.forEach((entry, i) => {
    const path = `$.plan.unfilled[${i}]`;
    checkGroupOrCover(found, path, 'this unfilled entry', entry);
    checkRef(found, `${path}.group`, entry.group, lookups.groups, 'group');
    checkRef(found, `${path}.cover`, entry.cover, lookups.cover, 'cover item');
    checkWeek(found, `${path}.week`, entry.week, lookups);
  });
}

function checkGroupOrCover(found: Findings, path: string, what: string, entry: { group?: string; cover?: string }): void {
  if (entry.group !== undefined && entry.cover !== undefined) {
    found.problem(path, `${what} names both group ${quote(entry.group)} and cover item ${quote(entry.cover)}: it must be for exactly one of them`);
  } else if (entry.group === undefined && entry.cover === undefined) {
    found.problem(path, `${what} names neither a group nor a cover item: it must have exactly one of "group" or "cover"`);
  }
}
