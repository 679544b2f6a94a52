/**
 * Reading one cell of an MIS export as a school-file value. Each reader answers with the value or
 * with the reason, in the words a school uses, that it cannot: "year group 'Year Seven' not
 * recognised". Nothing is guessed that could be wrong: number words, two-digit years and
 * unknown codes are reasons, not values.
 */
import type { Day, Period, Pupil } from '../solver/model/school-file';

export type Read<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Read<T> => ({ ok: true, value });
const no = <T>(reason: string): Read<T> => ({ ok: false, reason });

/** Lower case, letters and digits only: "Year-Group " and "year group" compare equal. */
export function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, '');
}

/** A cell as the person typed it, quoted for a message. */
export function shown(raw: string): string {
  const short = raw.length > 40 ? `${raw.slice(0, 37)}...` : raw;
  return `'${short.replace(/\n/g, ' ')}'`;
}

// ---- Year groups ----------------------------------------------------------------------------

const SIXTH_FORM: Record<string, Pupil['year']> = { l6: '12', lowersixth: '12', u6: '13', uppersixth: '13' };

/** "Year 7", "Y7", "Yr 7", "07", "R", "Reception", "YR", "N1", "N2", "Nursery", "FS1", "FS2" -> spec year. */
export function readYear(raw: string): Read<Pupil['year']> {
  const text = raw.trim();
  if (text === '') return no('year group is missing');
  const s = squash(text);
  const sixth = SIXTH_FORM[s];
  if (sixth) return ok(sixth);
  if (/^(year|yr|y)?(r|rec|reception)$/.test(s) || /^(fs2|f2)$/.test(s)) return ok('R');
  if (/^(year|yr|y)?(n|n1|n2|nursery|nursery1|nursery2)$/.test(s) || /^(fs1|f1)$/.test(s)) return ok('N');
  const number = /^(?:year|yr|y|nc|ncyear)?0?(\d{1,2})$/.exec(s);
  if (number) {
    const n = Number(number[1]);
    if (n >= 1 && n <= 14) return ok(String(n) as Pupil['year']);
  }
  return no(`year group ${shown(text)} not recognised (write e.g. "Year 7", "Y7", "7", "R" or "N1")`);
}

// ---- SEN status and needs -------------------------------------------------------------------

const SEN_WORDS: Record<string, Pupil['sen']> = {
  e: 'E', ehcp: 'E', ehc: 'E', ehcplan: 'E', educationhealthandcareplan: 'E', statement: 'E', statemented: 'E', s: 'E',
  k: 'K', sensupport: 'K', support: 'K', senk: 'K',
  n: 'N', nosen: 'N', none: 'N', no: 'N', monitoring: 'N', senmonitoring: 'N', notsen: 'N', nospecialeducationalneeds: 'N',
  nospecialeducationalneed: 'N',
};

/** "EHCP", "SEN Support", "Monitoring", "No SEN", "E - EHC Plan", blank (= no SEN) -> E/K/N. */
export function readSen(raw: string): Read<Pupil['sen']> {
  const text = raw.trim();
  if (text === '') return ok('N');
  const coded = /^([ekn])\s*[-–:]/i.exec(text);
  if (coded) return ok((coded[1] ?? '').toUpperCase() as Pupil['sen']);
  const sen = SEN_WORDS[squash(text)];
  if (sen) return ok(sen);
  return no(`SEN status ${shown(text)} not recognised (use EHCP or E, SEN Support or K, No SEN or N)`);
}

/** The census SEN type codes, and the words MIS exports write for them. */
export const NEED_CODES = ['SPLD', 'MLD', 'SLD', 'PMLD', 'SEMH', 'SLCN', 'HI', 'VI', 'MSI', 'PD', 'ASD', 'OTH', 'NSA'] as const;

const NEED_WORDS: Record<string, string> = {
  specificlearningdifficulty: 'SPLD', dyslexia: 'SPLD', dyscalculia: 'SPLD', dyspraxia: 'SPLD',
  moderatelearningdifficulty: 'MLD', severelearningdifficulty: 'SLD',
  profoundmultiplelearningdifficulty: 'PMLD', profoundandmultiplelearningdifficulty: 'PMLD',
  socialemotionalandmentalhealth: 'SEMH', socialemotionalmentalhealth: 'SEMH',
  speechlanguageandcommunicationneeds: 'SLCN', speechlanguageandcommunicationneed: 'SLCN', speechlanguagecommunication: 'SLCN',
  hearingimpairment: 'HI', visionimpairment: 'VI', visualimpairment: 'VI', multisensoryimpairment: 'MSI',
  physicaldisability: 'PD', autisticspectrumdisorder: 'ASD', autisticspectrumcondition: 'ASD', autism: 'ASD', asc: 'ASD',
  otherdifficultydisability: 'OTH', otherdifficultyordisability: 'OTH', other: 'OTH',
  sensupportbutnospecialistassessmentoftypeofneed: 'NSA', nospecialistassessment: 'NSA',
};

/** One need: a census code, "SPLD - Specific learning difficulty", or its description. */
export function readNeed(raw: string): Read<string> {
  const text = raw.trim();
  const upper = text.toUpperCase();
  if ((NEED_CODES as readonly string[]).includes(upper)) return ok(upper);
  const leading = /^([A-Za-z]{2,4})\s*[-–:(]/.exec(text)?.[1]?.toUpperCase();
  if (leading && (NEED_CODES as readonly string[]).includes(leading)) return ok(leading);
  const bracketed = /\(([A-Za-z]{2,4})\)\s*$/.exec(text)?.[1]?.toUpperCase();
  if (bracketed && (NEED_CODES as readonly string[]).includes(bracketed)) return ok(bracketed);
  const word = NEED_WORDS[squash(text)];
  if (word) return ok(word);
  return no(`SEN need ${shown(text)} is not a census need type (${NEED_CODES.join(', ')})`);
}

/** A list of needs in one cell ("ASD; SLCN"), primary need first. */
export function readNeedList(raw: string): Read<string[]> {
  const needs: string[] = [];
  for (const part of raw.split(/[;|/]/).map((p) => p.trim()).filter((p) => p !== '')) {
    // Descriptions hold commas ("Speech, language and communication needs"): take the longest run that reads as a need.
    const pieces = part.split(',').map((p) => p.trim());
    let i = 0;
    while (i < pieces.length) {
      if (pieces[i] === '') {
        i += 1;
        continue;
      }
      let read: Read<string> | null = null;
      let j = pieces.length;
      for (; j > i; j--) {
        const attempt = readNeed(pieces.slice(i, j).join(', '));
        if (attempt.ok) {
          read = attempt;
          break;
        }
      }
      if (read === null || !read.ok) {
        const single = readNeed(pieces[i] ?? '');
        return no(single.ok ? `SEN need ${shown(pieces[i] ?? '')} could not be read` : single.reason);
      }
      if (!needs.includes(read.value)) needs.push(read.value);
      i = j;
    }
  }
  return ok(needs);
}

// ---- Dates ----------------------------------------------------------------------------------

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** DD/MM/YYYY (UK exports), D/M/YYYY, DD-MM-YYYY, DD.MM.YYYY, YYYY-MM-DD, "3 Mar 2015", optionally with a time. */
export function readDate(raw: string, what: string): Read<string> {
  const text = raw.trim();
  let y: number, m: number, d: number;
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/.exec(text);
  const uk = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?: \d{1,2}:\d{2}(?::\d{2})?)?$/.exec(text);
  const words = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{4})$/.exec(text);
  if (iso) [y, m, d] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  else if (uk) [y, m, d] = [Number(uk[3]), Number(uk[2]), Number(uk[1])];
  else if (words) {
    const month = MONTHS.indexOf((words[2] ?? '').slice(0, 3).toLowerCase());
    if (month < 0) return no(`${what} ${shown(text)} is not a date (write DD/MM/YYYY, e.g. 03/09/2014)`);
    [y, m, d] = [Number(words[3]), month + 1, Number(words[1])];
  } else if (/^\d{1,2}[/.-]\d{1,2}[/.-]\d{2}$/.test(text)) {
    return no(`${what} ${shown(text)} has a two-digit year; write the year in full (DD/MM/YYYY)`);
  } else {
    return no(`${what} ${shown(text)} is not a date (write DD/MM/YYYY, e.g. 03/09/2014)`);
  }
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) {
    const hint = uk && Number(uk[2]) > 12 ? ' (day and month may be the wrong way round: UK exports write DD/MM/YYYY)' : '';
    return no(`${what} ${shown(text)} is not a real date${hint}`);
  }
  return ok(`${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
}

/** A pupil's date of birth: a real date, not in the future and not more than 30 years before `today`. */
export function readBirthDate(raw: string, today: string): Read<string> {
  const date = readDate(raw, 'date of birth');
  if (!date.ok) return date;
  if (date.value > today) return no(`date of birth ${date.value} is in the future`);
  const earliest = `${Number(today.slice(0, 4)) - 30}${today.slice(4)}`;
  if (date.value < earliest) return no(`date of birth ${date.value} is more than 30 years ago`);
  return date;
}

// ---- Days, weeks, times, periods ------------------------------------------------------------

const DAY_WORDS: Record<string, Day> = {
  mon: 'Mon', monday: 'Mon', mo: 'Mon',
  tue: 'Tue', tues: 'Tue', tuesday: 'Tue', tu: 'Tue',
  wed: 'Wed', weds: 'Wed', wednesday: 'Wed', we: 'Wed',
  thu: 'Thu', thur: 'Thu', thurs: 'Thu', thursday: 'Thu', th: 'Thu',
  fri: 'Fri', friday: 'Fri', fr: 'Fri',
  sat: 'Sat', saturday: 'Sat', sa: 'Sat',
  sun: 'Sun', sunday: 'Sun', su: 'Sun',
};

/** A day by name or short name ("Monday", "Mon", "mon"). */
export function readDayName(raw: string): Day | null {
  return DAY_WORDS[squash(raw)] ?? null;
}

/** "Mon-Fri", "Monday to Wednesday", "Mon, Tue, Thu", "Full time" -> school days, in calendar order. */
export function readWorkingDays(raw: string, schoolDays: readonly Day[]): Read<Day[]> {
  const text = raw.trim();
  const s = squash(text);
  if (['fulltime', 'ft', 'allweek', 'everyday', 'alldays', 'all'].includes(s)) return ok([...schoolDays]);
  const chosen = new Set<Day>();
  const order: readonly Day[] = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  for (const part of text.split(/[,;/&+]|\band\b/i).map((p) => p.trim()).filter(Boolean)) {
    const range = /^(.+?)\s*(?:-|–|\bto\b)\s*(.+)$/i.exec(part);
    const words = range ? [range[1] ?? '', range[2] ?? ''] : part.split(/\s+/);
    const days = words.map(readDayName);
    const bad = words.find((_, i) => days[i] === null);
    if (bad !== undefined) return no(`working days ${shown(text)}: ${shown(bad)} is not a day`);
    if (range) {
      const from = order.indexOf(days[0] as Day);
      const to = order.indexOf(days[1] as Day);
      if (to < from) return no(`working days ${shown(text)}: the range runs backwards`);
      for (let i = from; i <= to; i++) chosen.add(order[i] as Day);
    } else {
      for (const day of days) chosen.add(day as Day);
    }
  }
  if (chosen.size === 0) return no(`working days ${shown(text)} names no day`);
  const notSchool = [...chosen].filter((d) => !schoolDays.includes(d));
  if (notSchool.length > 0) return no(`working days ${shown(text)} include ${notSchool.join(', ')}, which the school is closed`);
  return ok(schoolDays.filter((d) => chosen.has(d)));
}

/** "08:30", "8.30", "8:30am", "3.15pm" -> minutes after midnight, or null. */
export function readClock(raw: string): number | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(raw.trim());
  if (!match) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? '0');
  const half = match[3]?.toLowerCase();
  if (minutes > 59 || hours > 23) return null;
  if (half) {
    if (hours < 1 || hours > 12) return null;
    if (half === 'pm' && hours !== 12) hours += 12;
    if (half === 'am' && hours === 12) hours = 0;
  } else if (match[2] === undefined) {
    return null;
  }
  return hours * 60 + minutes;
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/**
 * Daily working hours as the periods they cover: "08:30-15:30", "8.30am - 12pm", "mornings",
 * "afternoons", "all day". A bare number ("32.5") is weekly hours, which say no times: null value
 * with a warning is the caller's to give, so it answers with `weekly`.
 */
export function readWorkingHours(raw: string, periods: readonly Period[]): Read<{ periods: string[] } | { weekly: number }> {
  const text = raw.trim();
  const s = squash(text);
  const lunch = periods.find((p) => p.kind === 'lunch');
  const noon = lunch ? { end: minutesOf(lunch.start), start: minutesOf(lunch.end) } : { end: 12 * 60 + 30, start: 12 * 60 + 30 };
  const within = (from: number, to: number) =>
    periods.filter((p) => minutesOf(p.start) >= from && minutesOf(p.end) <= to).map((p) => p.id);
  if (['allday', 'fullday', 'fulltime', 'ft', 'wholeday'].includes(s)) return ok({ periods: periods.map((p) => p.id) });
  if (['am', 'morning', 'mornings', 'amonly', 'morningsonly'].includes(s)) return nonEmpty(text, within(0, noon.end));
  if (['pm', 'afternoon', 'afternoons', 'pmonly', 'afternoonsonly'].includes(s)) return nonEmpty(text, within(noon.start, 24 * 60));
  if (/^\d{1,2}(\.\d+)?$/.test(text)) return ok({ weekly: Number(text) });
  const range = /^(.+?)\s*(?:-|–|\bto\b)\s*(.+)$/i.exec(text);
  if (range) {
    // Without am/pm, 1 to 6 o'clock in a school day is the afternoon: "8.30-3.30", "1.15-3.15".
    const afternoon = (text: string, clock: number | null) => (clock !== null && clock < 7 * 60 && !/[ap]m/i.test(text) ? clock + 12 * 60 : clock);
    const from = afternoon(range[1] ?? '', readClock(range[1] ?? ''));
    const to = afternoon(range[2] ?? '', readClock(range[2] ?? ''));
    if (from !== null && to !== null && to > from) return nonEmpty(text, within(from, to));
  }
  return no(`working hours ${shown(text)} not recognised (write e.g. "08:30-15:30", "mornings" or "all day")`);
}

function nonEmpty(text: string, periods: string[]): Read<{ periods: string[] }> {
  return periods.length === 0 ? no(`working hours ${shown(text)} cover no whole period of the school day`) : ok({ periods });
}

/** A cycle week: "A", "Week A", "Wk B", "1", "2"; null when the cell does not say one. */
export function readWeek(raw: string): 'A' | 'B' | null {
  const s = squash(raw);
  if (['a', 'weeka', 'wka', 'wa', '1', 'week1', 'wk1'].includes(s)) return 'A';
  if (['b', 'weekb', 'wkb', 'wb', '2', 'week2', 'wk2'].includes(s)) return 'B';
  return null;
}

// ---- Staff ----------------------------------------------------------------------------------

/** "M", "Male", "F", "Female"; blank or "Not known" say nothing. */
export function readSex(raw: string): Read<'F' | 'M' | undefined> {
  const s = squash(raw);
  if (['m', 'male', 'man'].includes(s)) return ok('M');
  if (['f', 'female', 'woman'].includes(s)) return ok('F');
  if (['', 'u', 'unknown', 'notknown', 'notstated', 'x', 'other', 'prefernottosay', 'notrecorded'].includes(s)) return ok(undefined);
  return no(`sex ${shown(raw.trim())} not recognised (M or F, or leave it blank)`);
}
