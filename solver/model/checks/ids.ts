/** Ids are non-empty (the schema sees to that) and unique within their list. */
import { quote } from '../json-path';
import type { Findings } from '../problem';
import type { School } from '../school-file';

/** Reports every id used twice within one list. */
export function checkIds(school: School, found: Findings): void {
  unique(found, '$.calendar.periods', 'period', school.calendar.periods);
  unique(found, '$.skills', 'skill', school.skills);
  unique(found, '$.rooms', 'room', school.rooms);
  unique(found, '$.staff', 'staff', school.staff);
  unique(found, '$.pupils', 'pupil', school.pupils);
  unique(found, '$.classes', 'class', school.classes);
  unique(found, '$.groups', 'group', school.groups);
  unique(found, '$.cover', 'cover item', school.cover);
  if (school.plan) unique(found, '$.plan.sessions', 'plan session', school.plan.sessions);
}

function unique(found: Findings, path: string, what: string, list: readonly { id: string }[]): void {
  const first = new Map<string, number>();
  list.forEach((item, i) => {
    const earlier = first.get(item.id);
    if (earlier === undefined) first.set(item.id, i);
    else found.problem(`${path}[${i}].id`, `${what} id ${quote(item.id)} is already used by ${path}[${earlier}]`);
  });
}
