/** Handlers of the `school:` domain: the open school, and the bundled demo schools. */
import { ApiError } from '../api/result';
import type { SchoolSummary } from '../api/contract';
import { hasSchool, readSchool, replaceSchool } from '../db';
import type { School } from '../solver/model/school-file';
import type { HandlerContext } from './context';
import type { ChannelHandlers } from './types';

export const NO_SCHOOL_MESSAGE = 'No school has been opened yet. Choose a demo school to start.';

export function summarise(school: School): SchoolSummary {
  return {
    name: school.school.name,
    phase: school.school.phase,
    weeks: school.calendar.weeks,
    counts: {
      staff: school.staff.length,
      pupils: school.pupils.length,
      classes: school.classes.length,
      lessons: school.lessons.length,
      groups: school.groups.length,
      cover: school.cover.length,
      rooms: school.rooms.length,
      sessions: school.plan?.sessions.length ?? 0,
    },
  };
}

function openSchool(context: HandlerContext): School {
  const db = context.database();
  if (!hasSchool(db)) throw new ApiError('no-school', NO_SCHOOL_MESSAGE);
  return readSchool(db);
}

export const schoolHandlers = {
  'school:summary': (_input, context) => {
    const db = context.database();
    return hasSchool(db) ? { open: true, summary: summarise(readSchool(db)) } : { open: false };
  },

  'school:get': (_input, context) => openSchool(context),

  'school:listDemos': (_input, context) =>
    context.demoSchools.phases.map((phase) => ({ phase, summary: summarise(context.demoSchools.school(phase)) })),

  'school:openDemo': ({ phase }, context) => {
    const db = context.database();
    if (hasSchool(db)) {
      const current = readSchool(db).school.name;
      throw new ApiError('school-exists', `This data folder already holds ${current}; a demo school would replace it, so nothing was changed.`);
    }
    const school = context.demoSchools.school(phase);
    replaceSchool(db, school);
    return summarise(school);
  },
} satisfies ChannelHandlers<'school'>;
