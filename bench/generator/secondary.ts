/**
 * A generated secondary school on a Week A/B timetable: forms in X/Y bands per year, each band
 * blocked so that all its sets take one subject at a time (English, maths and science protected),
 * tutor time every morning, departments of teachers with home rooms, and absence cover.
 */
import type { Calendar, Day, Lesson, Staff } from '../../solver/model';
import { Draft } from './draft';
import { addPupil } from './pupils';
import { giveSkills } from './support-staff';
import { personName, upn } from './names';
import type { Random } from './random';
import type { SchoolShape } from './sizes';

export function secondaryCalendar(weeks: 1 | 2, asOf: string): Calendar {
  return {
    weeks: weeks === 2 ? ['A', 'B'] : ['A'],
    days: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri'],
    periods: [
      { id: 'TUT', label: 'Tutor time', start: '08:40', end: '09:05', kind: 'tutor' },
      { id: 'P1', label: 'Period 1', start: '09:05', end: '10:05', kind: 'lesson' },
      { id: 'P2', label: 'Period 2', start: '10:05', end: '11:05', kind: 'lesson' },
      { id: 'BRK', label: 'Break', start: '11:05', end: '11:25', kind: 'break' },
      { id: 'P3', label: 'Period 3', start: '11:25', end: '12:25', kind: 'lesson' },
      { id: 'P4', label: 'Period 4', start: '12:25', end: '13:25', kind: 'lesson' },
      { id: 'LUN', label: 'Lunch', start: '13:25', end: '14:10', kind: 'lunch' },
      { id: 'P5', label: 'Period 5', start: '14:10', end: '15:10', kind: 'lesson' },
    ],
    asOf,
    terms: [
      { name: 'Autumn 1', start: '2025-09-01', end: '2025-10-24', ...(weeks === 2 ? { startsOn: 'A' as const } : {}) },
      { name: 'Autumn 2', start: '2025-11-03', end: '2025-12-19' },
      { name: 'Spring 1', start: '2026-01-05', end: '2026-02-13' },
    ],
    closures: ['2025-09-01', '2025-09-02', '2025-11-24', '2026-01-05'],
  };
}

interface Subject { code: string; name: string; perWeek: [number, number]; protected: boolean; room: 'classroom' | 'hall' }

const SUBJECTS: Subject[] = [
  { code: 'En', name: 'English', perWeek: [4, 4], protected: true, room: 'classroom' },
  { code: 'Ma', name: 'Maths', perWeek: [4, 4], protected: true, room: 'classroom' },
  { code: 'Sc', name: 'Science', perWeek: [4, 3], protected: true, room: 'classroom' },
  { code: 'Hu', name: 'Humanities', perWeek: [3, 3], protected: false, room: 'classroom' },
  { code: 'Mf', name: 'French', perWeek: [2, 2], protected: false, room: 'classroom' },
  { code: 'Pe', name: 'PE', perWeek: [2, 2], protected: false, room: 'hall' },
  { code: 'Ar', name: 'Art', perWeek: [1, 1], protected: false, room: 'classroom' },
  { code: 'Mu', name: 'Music', perWeek: [1, 1], protected: false, room: 'classroom' },
  { code: 'Dt', name: 'Design and technology', perWeek: [1, 1], protected: false, room: 'classroom' },
  { code: 'Co', name: 'Computing', perWeek: [1, 1], protected: false, room: 'classroom' },
  { code: 'Re', name: 'RE', perWeek: [1, 1], protected: false, room: 'classroom' },
  { code: 'Ps', name: 'PSHE', perWeek: [0, 1], protected: false, room: 'classroom' },
  { code: 'Dr', name: 'Drama', perWeek: [1, 1], protected: false, room: 'classroom' },
];

/** Places a week's subjects on the band's lesson slots, at most two of a subject a day. */
function bandWeek(rng: Random, days: readonly Day[], periods: readonly string[], weekIndex: number): Map<string, Subject> {
  const bag: Subject[] = SUBJECTS.flatMap((s) => Array.from({ length: weekIndex === 0 ? s.perWeek[0] : s.perWeek[1] }, () => s));
  let best = new Map<string, Subject>();
  for (let attempt = 0; attempt < 30; attempt += 1) {
    const order = rng.shuffle(bag);
    const map = new Map<string, Subject>();
    let ok = true;
    let k = 0;
    for (const day of days) {
      const count = new Map<string, number>();
      for (const period of periods) {
        const s = order[k] as Subject;
        k += 1;
        count.set(s.code, (count.get(s.code) ?? 0) + 1);
        if ((count.get(s.code) ?? 0) > 2) ok = false;
        map.set(`${day}|${period}`, s);
      }
    }
    best = map;
    if (ok) break;
  }
  return best;
}

/** Builds the secondary school's calendar, rooms, staff, pupils, sets, lessons and absence cover. */
export function buildSecondary(rng: Random, shape: SchoolShape, asOf: string, seed: number): Draft {
  const draft = new Draft(rng, shape, secondaryCalendar(shape.weeks, asOf), `${rng.pick(['Elderwood Vale', 'Calder Edge', 'Northfield', 'Ravensworth', 'Hartside'])} Academy (seed ${seed})`, 'secondary');
  const lessonPeriods = draft.periodsOfKind('lesson');
  const allPeriods = draft.periods.map((p) => p.id);
  const letters = 'ABCDEFGHJKLMNPQR';

  // Teachers: SENCO, pastoral lead, two leaders, then subject teachers in departments.
  const teachers: Staff[] = [];
  const special = ['senco', 'pastoral-lead', 'leader', 'leader'] as const;
  for (let i = 0; i < shape.teachers; i += 1) {
    const sex: 'F' | 'M' = rng.chance(0.64) ? 'F' : 'M';
    const role = i < special.length ? special[i] as Staff['role'] : 'teacher';
    const partTime = role === 'teacher' && rng.chance(0.12);
    const days = partTime ? rng.sample(draft.days, rng.int(3, 4)) : draft.days;
    const t: Staff = {
      id: `T${String(i + 1).padStart(2, '0')}`, name: personName(rng, sex), role, sex, specifiedWork: true, skills: [],
      available: [...days].map((day) => ({ day, periods: [...allPeriods] })),
    };
    const skills: string[] = [];
    if (rng.chance(0.15)) skills.push('PAED_FIRST_AID');
    if (rng.chance(0.25)) skills.push('TEAM_TEACH_L1');
    if (role === 'senco') skills.push('METACOGNITION', 'PRECISION_TEACHING', 'NUMBERS_COUNT');
    if (role === 'teacher' && rng.chance(0.06)) skills.push('NUMBERS_COUNT');
    if (role === 'teacher' && rng.chance(0.08)) skills.push('METACOGNITION');
    giveSkills(draft, t, skills);
    teachers.push(t);
    draft.staff.push(t);
  }
  const subjectTeachers = teachers.slice(special.length);
  const totalWeight = SUBJECTS.reduce((s, x) => s + x.perWeek[0] + x.perWeek[1], 0);
  const department = new Map<string, Staff[]>();
  let cursor = 0;
  for (const [i, s] of SUBJECTS.entries()) {
    const share = i === SUBJECTS.length - 1 ? subjectTeachers.length - cursor : Math.max(1, Math.round((subjectTeachers.length * (s.perWeek[0] + s.perWeek[1])) / totalWeight));
    department.set(s.code, subjectTeachers.slice(cursor, cursor + share));
    cursor = Math.min(subjectTeachers.length, cursor + share);
  }

  // Rooms: a home classroom per subject teacher, sports halls, and the small rooms.
  const homeRoom = new Map<string, string>();
  subjectTeachers.forEach((t, i) => {
    const id = `RM-${String(i + 1).padStart(2, '0')}`;
    draft.rooms.push({ id, name: `Classroom ${i + 1}`, kind: 'classroom', capacity: 32 });
    homeRoom.set(t.id, id);
  });
  const classrooms = draft.rooms.map((r) => r.id);
  draft.rooms.push({ id: 'RM-SPH', name: 'Sports hall', kind: 'hall', capacity: 90 }, { id: 'RM-GYM', name: 'Gym', kind: 'hall', capacity: 60 });
  const scale = Math.max(1, Math.round(shape.groups / 15));
  for (let i = 0; i < 2 * scale; i += 1) draft.rooms.push({ id: `RM-SG${i + 1}`, name: `Small group room ${i + 1}`, kind: 'small-group', capacity: rng.int(6, 10) });
  for (let i = 0; i < scale + 1; i += 1) draft.rooms.push({ id: `RM-LIB${i + 1}`, name: `Library bay ${i + 1}`, kind: 'library', capacity: rng.int(12, 20) });
  for (let i = 0; i < scale; i += 1) draft.rooms.push({ id: `RM-1TO1-${i + 1}`, name: `Quiet room ${i + 1}`, kind: 'one-to-one', capacity: 3 });
  draft.rooms.push(
    { id: 'RM-THER', name: 'Therapy room', kind: 'therapy', capacity: 4 },
    { id: 'RM-SENS', name: 'Sensory room', kind: 'sensory', capacity: 5 },
    { id: 'RM-MED', name: 'Medical room', kind: 'medical', capacity: 3 },
    { id: 'RM-HUB', name: 'SEND hub', kind: 'pastoral', capacity: 10 },
  );
  if (scale > 1) draft.rooms.push({ id: 'RM-THER2', name: 'Therapy room 2', kind: 'therapy', capacity: 4 }, { id: 'RM-NUR', name: 'Nurture room', kind: 'other', capacity: 12 });

  // Forms, tutor groups and listed pupils.
  const load = new Map<string, number>();
  const teacherFree = (t: Staff, keys: string[]): boolean => !draft.isTaken(draft.staffTaken, t.id, keys) && keys.every((k) => {
    const [week, day, period] = k.split('|') as [string, Day, string];
    return draft.works(t, week, day, period);
  });
  let serial = 1;
  const bands: { year: string; band: string; forms: string[]; pupils: string[] }[] = [];
  const tutors = rng.shuffle(subjectTeachers);
  let tutorAt = 0;
  for (const year of shape.years) {
    const bandNames = shape.forms >= 4 ? ['X', 'Y'] : ['X'];
    for (const [b, band] of bandNames.entries()) {
      const formsInBand = bandNames.length === 1 ? shape.forms : b === 0 ? Math.ceil(shape.forms / 2) : Math.floor(shape.forms / 2);
      const entry = { year, band, forms: [] as string[], pupils: [] as string[] };
      for (let f = 0; f < formsInBand; f += 1) {
        const letter = letters[(b === 0 ? 0 : Math.ceil(shape.forms / 2)) + f] ?? 'Z';
        const tutor = tutors[tutorAt % tutors.length] as Staff;
        tutorAt += 1;
        const tg = { id: `TG-${year}${letter}`, name: `Tutor group ${year}${letter}`, year, teacher: tutor.id, pupils: [] as string[] };
        draft.classes.push(tg);
        entry.forms.push(tg.id);
        for (const day of draft.days) {
          const lesson: Lesson = { class: tg.id, day, period: 'TUT', subject: 'Tutor time', protected: false };
          if (teacherFree(tutor, draft.keys(undefined, day, 'TUT'))) lesson.teacher = tutor.id;
          const room = homeRoom.get(tutor.id);
          if (room && !draft.isTaken(draft.roomTaken, room, draft.keys(undefined, day, 'TUT'))) lesson.room = room;
          draft.addLesson(lesson);
        }
        const count = Math.max(1, Math.round(shape.pupilsPerForm + (rng.float() - 0.5) * 3));
        for (let k = 0; k < count; k += 1) {
          const pupil = addPupil(draft, `Q${String(serial).padStart(4, '0')}`, year, upn(4610, 2025 - Number(year) - 4, serial));
          serial += 1;
          tg.pupils.push(pupil.id);
          entry.pupils.push(pupil.id);
          draft.cohort.set(pupil.id, `Y${year}-${band}`);
        }
      }
      bands.push(entry);
    }
  }

  // Blocked band timetables: every set of the band takes the band's subject at once.
  const setsOf = new Map<string, string[]>();
  for (const band of bands) {
    const setCount = band.forms.length;
    // SEN pupils sit more often in the lower sets of each subject.
    const setIndex = new Map<string, number>();
    for (const s of SUBJECTS) {
      for (const pupil of band.pupils) setIndex.set(`${pupil}|${s.code}`, rng.chance(0.6) ? setCount : rng.int(1, setCount));
    }
    for (const s of SUBJECTS) {
      const ids: string[] = [];
      for (let k = 1; k <= setCount; k += 1) {
        const id = `${band.year}${band.band}/${s.code}${k}`;
        ids.push(id);
        draft.classes.push({ id, name: `${band.year}${band.band} ${s.name} set ${k}`, year: band.year, subject: s.name, pupils: band.pupils.filter((p) => setIndex.get(`${p}|${s.code}`) === k) });
      }
      setsOf.set(`${band.year}${band.band}|${s.code}`, ids);
    }
    draft.weeks.forEach((week, wi) => {
      const plan = bandWeek(rng, draft.days, lessonPeriods, wi);
      for (const day of draft.days) {
        for (const period of lessonPeriods) {
          const subject = plan.get(`${day}|${period}`) as Subject;
          const keys = draft.keys(draft.weeks.length > 1 ? week : undefined, day, period);
          for (const set of setsOf.get(`${band.year}${band.band}|${subject.code}`) ?? []) {
            const lesson: Lesson = { class: set, ...(draft.weeks.length > 1 ? { week } : {}), day, period, subject: subject.name, protected: subject.protected };
            const cap = (t: Staff): number => (t.role === 'teacher' ? 21 : 6) * draft.weeks.length;
            const pickFrom = (pool: Staff[]): Staff | undefined => pool
              .filter((t) => (load.get(t.id) ?? 0) < cap(t) && teacherFree(t, keys))
              .sort((a, b) => (load.get(a.id) ?? 0) - (load.get(b.id) ?? 0))[0];
            const teacher = pickFrom(department.get(subject.code) ?? []) ?? pickFrom(subjectTeachers);
            if (teacher) {
              lesson.teacher = teacher.id;
              load.set(teacher.id, (load.get(teacher.id) ?? 0) + 1);
            }
            const free = (room: string): boolean => !draft.isTaken(draft.roomTaken, room, keys);
            const home = teacher ? homeRoom.get(teacher.id) : undefined;
            const room = subject.room === 'hall'
              ? ['RM-SPH', 'RM-GYM'].find(free)
              : home && free(home) ? home : classrooms.find(free);
            if (room) lesson.room = room;
            draft.addLesson(lesson);
          }
        }
      }
    });
  }

  // Non-contact time marked on teachers' timetables, and leaders' meetings.
  for (const t of teachers) {
    for (const week of draft.weeks) {
      const marks = t.role === 'teacher' ? rng.int(1, 3) : rng.int(4, 8);
      for (let k = 0; k < marks; k += 1) {
        const day = rng.pick(t.available).day;
        const period = rng.pick(lessonPeriods);
        draft.addBusy(t, draft.weeks.length > 1 ? week : undefined, day, period, t.role === 'teacher' ? 'PPA' : t.role === 'senco' ? 'Annual review meeting' : 'Leadership meeting');
      }
    }
  }
  draft.indexProtectedLessons();

  // Absence cover: lessons of absent teachers, some needing a teacher, some supervision only.
  for (const week of draft.weeks) {
    const candidates = draft.lessons.filter((l) => l.teacher && l.subject !== 'Tutor time' && (l.week === undefined || l.week === week));
    const absent = new Set<string>();
    let made = 0;
    for (const lesson of rng.shuffle(candidates)) {
      if (made >= shape.absencePerWeek) break;
      const key = `${lesson.teacher}|${lesson.day}`;
      if (absent.has(key)) continue;
      absent.add(key);
      made += 1;
      const teacher = teachers.find((t) => t.id === lesson.teacher);
      const teaching = rng.chance(0.4);
      draft.cover.push({
        id: `ABS-${week}-${lesson.day}-${lesson.period}-${lesson.class.replace(/[^A-Za-z0-9]/g, '')}`,
        kind: 'absence',
        label: `Absence cover: ${lesson.class} ${lesson.subject} (${teacher?.name ?? 'teacher'} absent)`,
        ...(draft.weeks.length > 1 ? { week } : {}),
        day: lesson.day, period: lesson.period, class: lesson.class,
        ...(teaching ? { specifiedWork: true, roles: ['teacher', 'hlta', 'senco', 'leader'] as Staff['role'][] } : { roles: ['cover-supervisor', 'hlta', 'teacher', 'ta'] as Staff['role'][] }),
        ...(lesson.room ? { room: lesson.room } : {}),
        priority: 1,
      });
    }
  }
  return draft;
}
