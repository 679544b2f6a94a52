// How long importing a 1,100-pupil export takes: `npx tsx bench/import.ts`.
// The secondary demo is grown to 1,100 pupils (valid UPNs, tutor groups), exported as a SIMS-style
// CSV with every pupil's year group one higher (next year's roll), and imported: every row read,
// checked, matched by UPN and merged, and the merged school validated.
import { readFileSync } from 'node:fs';
import { applyImport, openDatabase, readSchool, replaceSchool } from '../db';
import { undoEdit } from '../db/edits';
import { writeCsv } from '../import/csv';
import { runImport } from '../import/merge';
import type { Pupil, School } from '../solver/model/school-file';

const RUNS = 10;
const LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';
const upn = (digits: string) => {
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (i + 2);
  return `${LETTERS[sum % 23]}${digits}`;
};

const school = JSON.parse(readFileSync(new URL('../demo/secondary.json', import.meta.url), 'utf8')) as School;
const years = ['7', '8', '9', '10'] as const;
while (school.pupils.length < 1100) {
  const n = school.pupils.length + 1;
  const pupil: Pupil = { id: `Q${String(n).padStart(4, '0')}`, name: `Pupil${n} Example${n % 97}`, upn: upn(`99947702${String(n).padStart(4, '0')}`), year: years[n % 4] ?? '7', sen: n % 7 === 0 ? 'K' : 'N' };
  if (pupil.sen === 'K') pupil.needs = ['SPLD'];
  school.pupils.push(pupil);
}
const tutorOf = new Map(school.classes.filter((c) => c.id.startsWith('TG-')).flatMap((c) => c.pupils.map((p) => [p, c.name.replace('Tutor group ', '')] as const)));
const rows = [['Admission No', 'UPN', 'Legal Surname', 'Legal Forename', 'Date of Birth', 'Year', 'Reg Group', 'SEN Status', 'SEN Need 1', 'SEN Need 2']];
for (const [i, p] of school.pupils.entries()) {
  const [forename, ...rest] = p.name.split(' ');
  const next = p.year === '11' ? '11' : String(Number(p.year) + 1);
  rows.push([String(100000 + i), p.upn ?? '', rest.join(' '), forename ?? '', '01/09/2012', `Year ${next}`, tutorOf.get(p.id) ?? '', p.sen, p.needs?.[0] ?? '', p.needs?.[1] ?? '']);
}
const bytes = new TextEncoder().encode(writeCsv(rows));

const times: number[] = [];
let updated = 0;
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const outcome = runImport({ kind: 'pupils', bytes, school, today: '2025-09-22' });
  times.push(performance.now() - start);
  if (!outcome.preview.canApply) throw new Error(`the bench file was rejected: ${outcome.preview.rejected[0]?.reasons.join('; ')}`);
  updated = outcome.preview.updated.length;
}
const [first = 0, ...warm] = times;
warm.sort((a, b) => a - b);
console.log(
  `pupils import, ${school.pupils.length} rows (${Math.round(bytes.length / 1024)} KB), ${updated} pupils updated: ` +
    `first ${first.toFixed(0)} ms, then median ${(warm[Math.floor(warm.length / 2)] ?? 0).toFixed(0)} ms, best ${(warm[0] ?? 0).toFixed(0)} ms over ${warm.length} runs`,
);

// The secondary demo's whole two-week timetable (2,400 lessons, 496 classes) read back in the long format.
const secondary = JSON.parse(readFileSync(new URL('../demo/secondary.json', import.meta.url), 'utf8')) as School;
const lessonRows = [['week', 'day', 'period', 'class_code', 'subject', 'staff_code', 'room']];
for (const l of secondary.lessons) {
  lessonRows.push([l.week ?? '', l.day, l.period, l.class, l.subject, l.teacher ?? '', secondary.rooms.find((r) => r.id === l.room)?.name ?? '']);
}
const timetable = new TextEncoder().encode(writeCsv(lessonRows));
const lessonTimes: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const start = performance.now();
  const outcome = runImport({ kind: 'timetable', bytes: timetable, school: secondary, today: '2025-09-22' });
  lessonTimes.push(performance.now() - start);
  if (!outcome.preview.canApply) throw new Error('the timetable bench file was rejected');
}
const [lessonFirst = 0, ...lessonWarm] = lessonTimes;
lessonWarm.sort((a, b) => a - b);
console.log(
  `timetable import, ${secondary.lessons.length} rows (${Math.round(timetable.length / 1024)} KB): first ${lessonFirst.toFixed(0)} ms, ` +
    `then median ${(lessonWarm[Math.floor(lessonWarm.length / 2)] ?? 0).toFixed(0)} ms over ${lessonWarm.length} runs`,
);

// Saving that pupils import in the app: every changed pupil (and class) written as one edit in the
// history, then undone. A fresh in-memory database each run.
const saveTimes: number[] = [];
const undoTimes: number[] = [];
let changedPupils = 0;
for (let i = 0; i < 5; i++) {
  const db = openDatabase(':memory:');
  replaceSchool(db, school);
  const stored = readSchool(db);
  const outcome = runImport({ kind: 'pupils', bytes, school: stored, today: '2025-09-22' });
  if (!outcome.school) throw new Error('the bench file was rejected');
  let start = performance.now();
  applyImport(db, { school: outcome.school, label: 'Imported pupils from bench.csv', identities: outcome.identities, kind: 'pupils', signature: outcome.preview.signature, mapping: {}, today: '2025-09-22' });
  saveTimes.push(performance.now() - start);
  changedPupils = outcome.preview.updated.length;
  start = performance.now();
  undoEdit(db);
  undoTimes.push(performance.now() - start);
  db.close();
}
const median = (list: number[]) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)] ?? 0;
console.log(
  `saving the pupils import as one edit (${changedPupils} pupils updated): median ${median(saveTimes).toFixed(0)} ms; ` +
    `undoing it: median ${median(undoTimes).toFixed(0)} ms, over ${saveTimes.length} runs`,
);
