/** Reading the whole school back as a staffroom/1 document, exactly as it was written. */
import { FORMAT, type School } from '../../solver/model';
import type { Db } from '../database';
import { readCalendar, readSchoolDetails } from './calendar';
import { readClasses, readLessons } from './classes';
import { readCover } from './cover';
import { readGroups } from './groups';
import { readRooms, readSkills } from './places';
import { readPlanDetails, readPlanSessions } from './plan';
import { readPupils } from './pupils';
import { readStaff } from './staff';

export { hasSchool, NoSchoolError } from './calendar';
export { readSessions, readUnfilled } from './plan';

/** The school as a staffroom/1 document; throws NoSchoolError when there is none. */
export function readSchool(db: Db): School {
  return db.transaction(() => readSchoolNow(db))();
}

function readSchoolNow(db: Db): School {
  const values = <T>(list: { value: T }[]): T[] => list.map((item) => item.value);
  const school: School = {
    format: FORMAT,
    school: readSchoolDetails(db),
    calendar: readCalendar(db),
    skills: values(readSkills(db)),
    rooms: values(readRooms(db)),
    staff: values(readStaff(db)),
    pupils: values(readPupils(db)),
    classes: values(readClasses(db)),
    lessons: values(readLessons(db)),
    groups: values(readGroups(db)),
    cover: values(readCover(db)),
  };
  const plan = readPlanDetails(db);
  if (plan !== null) {
    school.plan = { sessions: values(readPlanSessions(db)), ...plan };
  }
  return school;
}
