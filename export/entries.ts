/**
 * The things printed in a timetable cell, in words, with the tone that gives each its colour and
 * pattern on paper: one of the four areas of need for a group, the kind of cover, a lesson, a
 * fixed commitment, or time the adult does not work.
 */
import { listWords } from '../solver/model/words';
import type { CoverKind, Lesson, NeedArea, Staff } from '../solver/model/school-file';
import type { Lookup, PlacedSession } from './lookup';
import { COVER_KIND_NAMES, NEED_AREA_NAMES } from './words';

export type Tone = NeedArea | CoverKind | 'lesson' | 'busy' | 'away';

export interface Entry {
  tone: Tone;
  /** A few letters naming the kind, printed in the cell so a black-and-white copy still says it. */
  tag: string;
  title: string;
  /** Lines under the title: room, adults, pupils, the lesson left. */
  lines: string[];
}

/** What each tone means, for the legend on every page. */
export const TONES: readonly { tone: Tone; tag: string; meaning: string }[] = [
  { tone: 'CI', tag: 'CI', meaning: `Intervention: ${NEED_AREA_NAMES.CI.toLowerCase()}` },
  { tone: 'CL', tag: 'CL', meaning: `Intervention: ${NEED_AREA_NAMES.CL.toLowerCase()}` },
  { tone: 'SEMH', tag: 'SEMH', meaning: `Intervention: ${NEED_AREA_NAMES.SEMH.toLowerCase()}` },
  { tone: 'SP', tag: 'SP', meaning: `Intervention: ${NEED_AREA_NAMES.SP.toLowerCase()}` },
  { tone: 'ppa', tag: 'PPA', meaning: 'PPA cover' },
  { tone: 'absence', tag: 'Cover', meaning: 'Absence cover' },
  { tone: 'duty', tag: 'Duty', meaning: 'Duty' },
  { tone: 'post', tag: 'Post', meaning: 'Staffed post' },
  { tone: 'lesson', tag: '', meaning: 'Lesson' },
  { tone: 'busy', tag: 'Fixed', meaning: 'Fixed commitment' },
  { tone: 'away', tag: '', meaning: 'Not working' },
];

const TAGS: ReadonlyMap<Tone, string> = new Map(TONES.map((t) => [t.tone, t.tag]));

export function tagOf(tone: Tone): string {
  return TAGS.get(tone) ?? '';
}

/** The tone of a placed session: its group's area of need, or its cover item's kind. */
export function toneOf(p: PlacedSession): Tone {
  return p.group?.area ?? p.cover?.kind ?? 'post';
}

/** The group's name or the cover item's label. */
export function sessionTitle(p: PlacedSession): string {
  return p.group?.name ?? p.cover?.label ?? 'Session';
}

/** "Cover, duties and posts: Duty" style kind words for lists and CSV files. */
export function sessionKind(p: PlacedSession): string {
  if (p.group) return 'Intervention group';
  return p.cover ? COVER_KIND_NAMES[p.cover.kind] : 'Session';
}

/** "period 1 of 2" when the session runs over several periods, else ''. */
export function partWords(p: PlacedSession, period: string): string {
  if (p.periods.length < 2) return '';
  return `period ${p.periods.indexOf(period) + 1} of ${p.periods.length}`;
}

export function names(staff: readonly Staff[]): string {
  return listWords(staff.map((s) => s.name), 6);
}

/** "Maths, 10X/Ma1" for a lesson. */
export function lessonWords(l: Lookup, lesson: Lesson): string {
  const className = l.classById.get(lesson.class)?.name ?? lesson.class;
  return `${lesson.subject}, ${className}`;
}

/** A session as an adult sees it on their own timetable. */
export function adultSessionEntry(l: Lookup, p: PlacedSession, self: Staff, period: string): Entry {
  const others = p.staff.filter((s) => s.id !== self.id);
  const coverClass = p.cover?.class === undefined ? undefined : l.classById.get(p.cover.class);
  const tone = toneOf(p);
  return {
    tone,
    tag: tagOf(tone),
    title: sessionTitle(p),
    lines: [
      // The class and the room on one line: a cover cell has little room under a long label.
      [coverClass?.name ?? '', p.room?.name ?? ''].filter((w) => w !== '').join(' · '),
      others.length > 0 ? `With ${names(others)}` : '',
      partWords(p, period),
    ].filter((line) => line !== ''),
  };
}

export function lessonEntry(l: Lookup, lesson: Lesson, extra: readonly string[] = []): Entry {
  const className = l.classById.get(lesson.class)?.name ?? lesson.class;
  const room = lesson.room === undefined ? '' : (l.roomById.get(lesson.room)?.name ?? lesson.room);
  // As few words as say it: a teacher's page holds twenty-odd lessons a week, and every word is
  // paid for in the printing time of every page. A class named after its subject ("9X/En4
  // English") is the title itself.
  if (className.includes(lesson.subject)) return { tone: 'lesson', tag: '', title: className, lines: [room, ...extra].filter((line) => line !== '') };
  return { tone: 'lesson', tag: '', title: lesson.subject, lines: [[className, room].filter((w) => w !== '').join(' · '), ...extra].filter((line) => line !== '') };
}

export function busyEntry(what: string): Entry {
  return { tone: 'busy', tag: tagOf('busy'), title: what, lines: [] };
}

export const AWAY: Entry = { tone: 'away', tag: '', title: 'Not working', lines: [] };
