/**
 * A generated primary school: one class per form with its class teacher, a drawn class timetable
 * (phonics/English and maths protected in the mornings, foundation subjects in the afternoons),
 * PPA afternoons shared by parallel classes plus a top-up block, and the PPA cover items for them.
 */
import type { Calendar, Day, Lesson, Staff } from '../../solver/model';
import { Draft } from './draft';
import { giveSkills } from './support-staff';
import { personName, PRIMARY_CLASS_NAMES, upn } from './names';
import type { Random } from './random';
import type { SchoolShape } from './sizes';
import { addPupil } from './pupils';

const PRIMARY_YEARS = ['R', '1', '2', '3', '4', '5', '6'];

export function primaryCalendar(weeks: 1 | 2, asOf: string): Calendar {
  return {
    weeks: weeks === 2 ? ['A', 'B'] : ['A'],
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
    periods: [
      { id: 'REG', label: 'Registration', start: '08:45', end: '08:55', kind: 'registration' },
      { id: 'S1', label: 'Session 1', start: '08:55', end: '10:00', kind: 'lesson' },
      { id: 'S2', label: 'Session 2', start: '10:00', end: '10:45', kind: 'lesson' },
      { id: 'BRK', label: 'Morning break', start: '10:45', end: '11:00', kind: 'break' },
      { id: 'S3', label: 'Session 3', start: '11:00', end: '12:00', kind: 'lesson' },
      { id: 'LUN', label: 'Lunch', start: '12:00', end: '13:00', kind: 'lunch' },
      { id: 'S4', label: 'Session 4', start: '13:00', end: '14:05', kind: 'lesson' },
      { id: 'S5', label: 'Session 5', start: '14:05', end: '15:15', kind: 'lesson' },
    ],
    asOf,
    terms: [
      { name: 'Autumn 1', start: '2025-09-01', end: '2025-10-24', ...(weeks === 2 ? { startsOn: 'A' as const } : {}) },
      { name: 'Autumn 2', start: '2025-11-03', end: '2025-12-19' },
      { name: 'Spring 1', start: '2026-01-05', end: '2026-02-13' },
    ],
    closures: ['2025-09-01', '2025-09-02', '2025-11-03', '2026-01-05'],
  };
}

function classYears(rng: Random, n: number): string[] {
  if (n <= PRIMARY_YEARS.length) {
    const start = rng.int(0, PRIMARY_YEARS.length - n);
    return PRIMARY_YEARS.slice(start, start + n);
  }
  return Array.from({ length: n }, (_, i) => PRIMARY_YEARS[Math.floor((i * PRIMARY_YEARS.length) / n)] as string);
}

function foundationSubjects(year: string): string[] {
  const ks1 = year === 'R' || year === '1' || year === '2';
  return ks1
    ? ['Science', 'Science', 'History', 'Geography', 'Art', 'Design and technology', 'PE', 'PE', 'Music', 'PSHE']
    : ['Science', 'Science', 'History', 'Geography', 'Art', 'PE', 'PE', 'Music', 'RE', 'French'];
}

/** Builds the primary school's calendar, rooms, classes, teachers, pupils, lessons and PPA cover. */
export function buildPrimary(rng: Random, shape: SchoolShape, asOf: string, seed: number): Draft {
  const draft = new Draft(rng, shape, primaryCalendar(shape.weeks, asOf), `${rng.pick(['Brackenfold', 'Hollins Lane', 'St Aidan\u2019s', 'Moorside', 'Ashgrove', 'Fernley'])} Primary School (seed ${seed})`, 'primary');
  const n = shape.forms;
  const years = classYears(rng, n);

  // Rooms: a classroom per class, the hall, and the scarce small rooms interventions compete for.
  for (let i = 0; i < n; i += 1) draft.rooms.push({ id: `RM-C${String(i + 1).padStart(2, '0')}`, name: `${PRIMARY_CLASS_NAMES[i % PRIMARY_CLASS_NAMES.length]} classroom`, kind: 'classroom', capacity: 30 });
  draft.rooms.push({ id: 'RM-HALL', name: 'Hall', kind: 'hall', capacity: 120 });
  const smallRooms = 1 + Math.floor(n / 5);
  for (let i = 0; i < smallRooms; i += 1) draft.rooms.push({ id: `RM-SG${i + 1}`, name: `Small group room ${i + 1}`, kind: 'small-group', capacity: rng.int(5, 8) });
  draft.rooms.push({ id: 'RM-LIB', name: 'Library corner', kind: 'library', capacity: rng.int(8, 12) });
  if (n >= 3) draft.rooms.push({ id: 'RM-THER', name: 'Therapy room', kind: 'therapy', capacity: 4 });
  if (n >= 4) draft.rooms.push({ id: 'RM-1TO1', name: 'Quiet room', kind: 'one-to-one', capacity: 3 });
  if (n >= 4) draft.rooms.push({ id: 'RM-MED', name: 'Medical room', kind: 'medical', capacity: 3 });
  if (n >= 6) draft.rooms.push({ id: 'RM-SENS', name: 'Sensory room', kind: 'sensory', capacity: 5 });
  if (n >= 10) draft.rooms.push({ id: 'RM-NUR', name: 'Nurture base', kind: 'other', capacity: 12 });
  if (n >= 10) draft.rooms.push({ id: 'RM-PAST', name: 'Pastoral room', kind: 'pastoral', capacity: 8 });

  // Teachers: class teachers first, then PPA teacher, SENCO, head, assistant head, intervention teacher.
  const allPeriods = draft.periods.map((p) => p.id);
  const extraRoles = ['ppa', 'senco', 'leader', 'pastoral-lead', 'intervention'] as const;
  const teachers: Staff[] = [];
  for (let i = 0; i < shape.teachers; i += 1) {
    const sex: 'F' | 'M' = rng.chance(0.78) ? 'F' : 'M';
    const extra = i < n ? undefined : extraRoles[(i - n) % extraRoles.length];
    const role = extra === 'senco' ? 'senco' : extra === 'leader' ? 'leader' : extra === 'pastoral-lead' ? 'pastoral-lead' : 'teacher';
    const days = extra === 'senco' || (extra === 'ppa' && n < 8) ? rng.sample(draft.days, extra === 'senco' ? 3 : 4) : draft.days;
    const t: Staff = {
      id: `T${String(i + 1).padStart(2, '0')}`,
      name: personName(rng, sex) + (extra === 'ppa' ? ' (PPA teacher)' : ''),
      role, sex, specifiedWork: true, skills: [],
      available: [...days].map((day) => ({ day, periods: [...allPeriods] })),
    };
    const skills: string[] = [];
    if (rng.chance(0.3)) skills.push('PAED_FIRST_AID');
    if (rng.chance(0.2)) skills.push('TEAM_TEACH_L1');
    if (extra === 'senco') skills.push('METACOGNITION', 'PRECISION_TEACHING', 'NUMBERS_COUNT');
    if (extra === 'intervention') skills.push('NUMBERS_COUNT', 'METACOGNITION');
    if (extra === 'ppa' && rng.chance(0.5)) skills.push('NUMBERS_COUNT');
    giveSkills(draft, t, skills);
    teachers.push(t);
    draft.staff.push(t);
  }
  for (const t of teachers.slice(n)) {
    if (t.role === 'leader' || t.role === 'senco' || t.role === 'pastoral-lead') {
      // Leaders' meetings and reviews are fixed commitments.
      for (let k = 0; k < rng.int(3, 6); k += 1) {
        const a = rng.pick(t.available);
        draft.addBusy(t, undefined, a.day, rng.pick(draft.periodsOfKind('lesson')), t.role === 'senco' ? 'Annual review meeting' : 'Leadership meeting');
      }
    }
  }

  // Classes and their listed pupils.
  let serial = 1;
  for (let i = 0; i < n; i += 1) {
    const id = `C${String(i + 1).padStart(2, '0')}`;
    const year = years[i] as string;
    const cls = { id, name: PRIMARY_CLASS_NAMES[i % PRIMARY_CLASS_NAMES.length] as string, year, teacher: (teachers[i] as Staff).id, pupils: [] as string[] };
    draft.classes.push(cls);
    const count = Math.max(1, Math.round(shape.pupilsPerForm + (rng.float() - 0.5) * 2));
    for (let k = 0; k < count; k += 1) {
      const pupil = addPupil(draft, `P${String(serial).padStart(3, '0')}`, year, upn(2417, 2025 - (year === 'R' ? 0 : Number(year)) - 4, serial));
      serial += 1;
      cls.pupils.push(pupil.id);
      draft.cohort.set(pupil.id, year === 'R' || year === '1' || year === '2' ? `KS1-${year}` : `KS2-${year}`);
    }
  }

  // PPA: parallel classes share an afternoon; everyone gets a top-up block on a guided-reading morning.
  const ppaDayByYear = new Map<string, Day>();
  const guidedReadingDays = rng.sample(draft.days, 2);
  for (let i = 0; i < n; i += 1) {
    const cls = draft.classes[i] as (typeof draft.classes)[number];
    const teacher = teachers[i] as Staff;
    const year = cls.year as string;
    const ppaDay = ppaDayByYear.get(year) ?? rng.pick(draft.days);
    ppaDayByYear.set(year, ppaDay);
    const topUpDay = rng.pick(guidedReadingDays.filter((d) => d !== ppaDay).length ? guidedReadingDays.filter((d) => d !== ppaDay) : draft.days.filter((d) => d !== ppaDay));
    const ppaSlots = new Set([`${ppaDay}|S4`, `${ppaDay}|S5`, `${topUpDay}|S3`]);
    const room = `RM-C${String(i + 1).padStart(2, '0')}`;
    const ks1 = year === 'R' || year === '1' || year === '2';
    const twoWeek = draft.weeks.length > 1;
    for (const day of draft.days) {
      const core: [string, string, boolean][] = [
        ['REG', 'Registration', false],
        ['S1', ks1 ? 'Phonics' : 'English', true],
        ['S2', 'Maths', true],
        ['S3', guidedReadingDays.includes(day) ? 'Guided reading' : 'English', !guidedReadingDays.includes(day)],
      ];
      for (const [period, subject, prot] of core) {
        const lesson: Lesson = { class: cls.id, day, period, subject, room, protected: prot };
        if (!ppaSlots.has(`${day}|${period}`)) lesson.teacher = teacher.id;
        draft.addLesson(lesson);
      }
    }
    for (const week of twoWeek ? draft.weeks : [undefined]) {
      const subjects = rng.shuffle(foundationSubjects(year));
      let k = 0;
      for (const day of draft.days) {
        for (const period of ['S4', 'S5']) {
          const subject = subjects[k % subjects.length] as string;
          k += 1;
          const keys = draft.keys(week, day, period);
          const useHall = subject === 'PE' && !draft.isTaken(draft.roomTaken, 'RM-HALL', keys);
          const lesson: Lesson = { class: cls.id, ...(week ? { week } : {}), day, period, subject, protected: false };
          if (useHall) lesson.room = 'RM-HALL';
          else if (subject !== 'PE') lesson.room = room;
          if (!ppaSlots.has(`${day}|${period}`)) lesson.teacher = teacher.id;
          draft.addLesson(lesson);
        }
      }
    }
    for (const slot of ppaSlots) {
      const [day, period] = slot.split('|') as [Day, string];
      draft.addBusy(teacher, undefined, day, period, 'PPA');
      for (const week of draft.weeks) {
        const subject = draft.lessons.find((l) => l.class === cls.id && l.day === day && l.period === period && (l.week === undefined || l.week === week))?.subject ?? 'lesson';
        draft.cover.push({
          id: `PPA-${cls.id}${twoWeek ? `-${week}` : ''}-${day}-${period}`,
          kind: 'ppa',
          label: `PPA cover: ${cls.name}, ${subject} (${teacher.name})`,
          ...(twoWeek ? { week } : {}),
          day, period, class: cls.id, specifiedWork: true,
          roles: ['teacher', 'hlta', 'senco', 'leader', 'pastoral-lead'],
          room, priority: 1,
        });
      }
    }
  }
  draft.indexProtectedLessons();
  return draft;
}

