/**
 * A pupils export (SIMS, Arbor, Bromcom) merged into the school. Pupils match by UPN, then by
 * legal name and date of birth (domain.md 5.1); a pupil's id never changes once made. A pupil
 * missing from the export is marked as left and taken out of their groups and classes, each of
 * which the preview names; a pupil who comes back is un-marked. A field whose column is not in
 * the file keeps its value.
 */
import { upnCheckLetter, upnProblem } from '../solver/model/upn';
import type { Pupil, School, SchoolClass } from '../solver/model/school-file';
import { readNames, type Row } from './rows';
import type { FieldChange, PreviewItem, PupilIdentity, RejectedRow } from './types';
import { readBirthDate, readNeed, readNeedList, readSen, readYear, shown } from './values';
import { SEN_WORDS_FOR, nextId, quoteList, yearWords, type KindResult } from './shared';

export interface PupilRow {
  line: number;
  upn: string | null;
  name: string;
  legalSurname: string;
  legalForename: string;
  dob: string | null;
  year: Pupil['year'];
  /** Undefined when the file has no SEN column. */
  sen: Pupil['sen'] | undefined;
  /** Undefined when the file has no need column. */
  needs: string[] | undefined;
  /** Undefined when the file has no registration group column; "" when the cell is blank. */
  regGroup: string | undefined;
}

/** One row as a pupil, or the reasons it cannot be. */
export function readPupilRow(row: Row, today: string): { pupil: PupilRow | null; reasons: string[] } {
  const reasons: string[] = [];
  const rawUpn = row.get('upn') ?? '';
  let upn: string | null = null;
  if (rawUpn !== '') {
    const candidate = rawUpn.toUpperCase().replace(/\s+/g, '');
    const problem = upnProblem(candidate);
    const expected = upnCheckLetter(candidate);
    if (problem === null) upn = candidate;
    else if (expected !== null && problem.startsWith('has check letter')) {
      reasons.push(`UPN ${rawUpn} has a wrong check letter: its digits give "${expected}", so a character is probably mistyped`);
    } else reasons.push(`UPN ${rawUpn} ${problem}`);
  }
  const { names, reason } = readNames(row);
  if (reason !== null) reasons.push(reason);
  let dob: string | null = null;
  const rawDob = row.get('dob') ?? '';
  if (rawDob !== '') {
    const read = readBirthDate(rawDob, today);
    if (read.ok) dob = read.value;
    else reasons.push(read.reason);
  }
  const year = readYear(row.get('year') ?? '');
  if (!year.ok) reasons.push(year.reason);
  let sen: Pupil['sen'] | undefined;
  if (row.has('sen')) {
    const read = readSen(row.get('sen') ?? '');
    if (read.ok) sen = read.value;
    else reasons.push(read.reason);
  }
  let needs: string[] | undefined;
  if (row.has('need1') || row.has('need2') || row.has('needs')) {
    needs = [];
    for (const field of ['need1', 'need2']) {
      const raw = row.get(field) ?? '';
      if (raw === '') continue;
      const need = readNeed(raw);
      if (!need.ok) reasons.push(need.reason);
      else if (!needs.includes(need.value)) needs.push(need.value);
    }
    const list = readNeedList(row.get('needs') ?? '');
    if (!list.ok) reasons.push(list.reason);
    else for (const need of list.value) if (!needs.includes(need)) needs.push(need);
    if (sen === 'N' && needs.length > 0) {
      reasons.push(`has SEN need ${needs.join(', ')} but SEN status ${shown(row.get('sen') ?? '')} (no SEN): one of the two is wrong`);
    }
    if (needs.includes('NSA') && sen !== undefined && sen !== 'K') {
      reasons.push('need NSA (no specialist assessment) is only used with SEN support (K)');
    }
  }
  if (reasons.length > 0 || names === null || !year.ok) return { pupil: null, reasons };
  return {
    pupil: {
      line: row.line, upn, name: names.display, legalSurname: names.legalSurname, legalForename: names.legalForename,
      dob, year: year.value, sen, needs, regGroup: row.has('regGroup') ? (row.get('regGroup') ?? '') : undefined,
    },
    reasons,
  };
}

const identityKey = (surname: string, forename: string, dob: string | null) =>
  `${surname.toLowerCase()}|${forename.toLowerCase()}|${dob ?? ''}`;

/** A temporary UPN ends in a letter: the pupil may get a permanent one later. */
const isTemporary = (upn: string | undefined) => upn === undefined || /[A-Z]$/.test(upn);

/**
 * Merges accepted rows into the school. Rows that would merge into one pupil are rejected
 * (both of them), since one of the two is wrong and Staffroom cannot tell which.
 */
export function mergePupils(
  school: School,
  rows: readonly PupilRow[],
  identities: readonly PupilIdentity[],
  today: string,
  rejectedKeys: ReadonlyMap<string, number>,
): KindResult & { identities: PupilIdentity[] } {
  const byUpn = new Map(school.pupils.filter((p) => p.upn).map((p) => [p.upn as string, p]));
  const byIdentity = new Map<string, string>();
  const known = new Map(identities.map((i) => [i.pupil, i]));
  for (const i of identities) byIdentity.set(identityKey(i.legalSurname, i.legalForename, i.dob), i.pupil);
  const pupilById = new Map(school.pupils.map((p) => [p.id, p]));

  // Which existing pupil (or none) each row is.
  const rejected: RejectedRow[] = [];
  const matchOf = new Map<PupilRow, Pupil | null>();
  const claimedBy = new Map<string, PupilRow>();
  const firstWithUpn = new Map<string, PupilRow>();
  const bad = new Set<PupilRow>();
  const reject = (row: PupilRow, reason: string) => {
    bad.add(row);
    const existing = rejected.find((r) => r.line === row.line);
    if (existing) existing.reasons.push(reason);
    else rejected.push({ line: row.line, textLine: row.line, reasons: [reason], cells: [] });
  };
  for (const row of rows) {
    if (row.upn) {
      // The same UPN on a row rejected for something else: this row is not the only one with it.
      const other = rejectedKeys.get(row.upn);
      if (other !== undefined) {
        reject(row, `UPN ${row.upn} is also on line ${other}`);
        continue;
      }
      const first = firstWithUpn.get(row.upn);
      if (first) {
        reject(first, `UPN ${row.upn} is also on line ${row.line}`);
        reject(row, `UPN ${row.upn} is also on line ${first.line}`);
        continue;
      }
      firstWithUpn.set(row.upn, row);
    }
    let match: Pupil | null = (row.upn && byUpn.get(row.upn)) || null;
    if (!match) {
      const id = byIdentity.get(identityKey(row.legalSurname, row.legalForename, row.dob));
      const candidate = id === undefined ? undefined : pupilById.get(id);
      if (candidate && (!row.upn || isTemporary(candidate.upn))) match = candidate;
    }
    if (!match && !row.upn) {
      // A pupil the app has no legal names for (e.g. from a school file) matches by name, only when unambiguous.
      const same = school.pupils.filter((p) => !p.upn && !known.has(p.id) && p.name.toLowerCase() === row.name.toLowerCase());
      if (same.length === 1) match = same[0] ?? null;
    }
    if (match) {
      const other = claimedBy.get(match.id);
      if (other) {
        reject(other, `is the same pupil as line ${row.line} (${match.name})`);
        reject(row, `is the same pupil as line ${other.line} (${match.name})`);
        continue;
      }
      claimedBy.set(match.id, row);
    }
    matchOf.set(row, match);
  }

  const good = rows.filter((r) => !bad.has(r) && matchOf.has(r));
  const added: PreviewItem[] = [];
  const updated: PreviewItem[] = [];
  const left: PreviewItem[] = [];
  let unchanged = 0;
  const usedIds = new Set(school.pupils.map((p) => p.id));
  const pupils = new Map<string, Pupil>(school.pupils.map((p) => [p.id, { ...p }]));
  const order = school.pupils.map((p) => p.id);
  const itemOf = new Map<string, PreviewItem>();
  const idOfRow = new Map<PupilRow, string>();
  const newIdentities = new Map(identities.map((i) => [i.pupil, i]));

  for (const row of good) {
    const match = matchOf.get(row) ?? null;
    if (match === null) {
      const id = nextId(usedIds, school.pupils.map((p) => p.id), 'P');
      usedIds.add(id);
      const pupil: Pupil = { id, name: row.name, ...(row.upn ? { upn: row.upn } : {}), year: row.year, sen: row.sen ?? 'N' };
      if (row.needs && row.needs.length > 0) pupil.needs = row.needs;
      pupils.set(id, pupil);
      order.push(id);
      const item: PreviewItem = {
        entity: 'pupil', key: row.upn ?? id, name: row.name, line: row.line, effects: [],
        changes: [{ field: 'year', from: '', to: yearWords(row.year) }, { field: 'SEN status', from: '', to: SEN_WORDS_FOR[pupil.sen] }],
      };
      if (pupil.needs) item.changes.push({ field: 'needs', from: '', to: pupil.needs.join(', ') });
      added.push(item);
      itemOf.set(id, item);
      idOfRow.set(row, id);
      newIdentities.set(id, { pupil: id, legalSurname: row.legalSurname, legalForename: row.legalForename, dob: row.dob });
      continue;
    }
    const pupil = pupils.get(match.id) as Pupil;
    const changes: FieldChange[] = [];
    if (pupil.name !== row.name) changes.push({ field: 'name', from: pupil.name, to: row.name });
    pupil.name = row.name;
    if (row.upn && pupil.upn !== row.upn) {
      changes.push({ field: 'UPN', from: pupil.upn ?? '', to: row.upn });
      pupil.upn = row.upn;
    }
    if (pupil.year !== row.year) changes.push({ field: 'year', from: yearWords(pupil.year), to: yearWords(row.year) });
    pupil.year = row.year;
    if (row.sen !== undefined && pupil.sen !== row.sen) {
      changes.push({ field: 'SEN status', from: SEN_WORDS_FOR[pupil.sen], to: SEN_WORDS_FOR[row.sen] });
      pupil.sen = row.sen;
    }
    if (row.needs !== undefined) {
      // A need written twice in the school's list is the same list of needs.
      const before = [...new Set(pupil.needs ?? [])].join(', ');
      const after = row.needs.join(', ');
      if (before !== after) {
        changes.push({ field: 'needs', from: before, to: after });
        if (row.needs.length > 0) pupil.needs = row.needs;
        else delete pupil.needs;
      }
    }
    if (pupil.left !== undefined) {
      changes.push({ field: 'status', from: `left on ${pupil.left}`, to: 'back on roll' });
      delete pupil.left;
    }
    const item: PreviewItem = { entity: 'pupil', key: row.upn ?? pupil.upn ?? pupil.id, name: row.name, line: row.line, changes, effects: [] };
    itemOf.set(pupil.id, item);
    idOfRow.set(row, pupil.id);
    newIdentities.set(pupil.id, { pupil: pupil.id, legalSurname: row.legalSurname, legalForename: row.legalForename, dob: row.dob });
  }

  // Registration groups: the class of that name (made when there is none), and out of the others.
  const classes = school.classes.map((c) => ({ ...c, pupils: [...c.pupils] }));
  const addedClasses: PreviewItem[] = [];
  const hasRegGroups = good.some((r) => r.regGroup !== undefined);
  if (hasRegGroups) {
    const regClass = new Map<string, SchoolClass>();
    const classIds = new Set(classes.map((c) => c.id));
    for (const row of good) {
      const group = row.regGroup ?? '';
      if (group === '' || regClass.has(group.toLowerCase())) continue;
      let found = findRegClass(classes, group);
      if (!found) {
        const base = `REG-${group.replace(/[^A-Za-z0-9]+/g, '-')}`;
        let id = base;
        for (let n = 2; classIds.has(id); n++) id = `${base}-${n}`;
        classIds.add(id);
        found = { id, name: group, year: row.year, pupils: [] };
        classes.push(found);
        addedClasses.push({ entity: 'class', key: id, name: group, line: row.line, changes: [], effects: ['a new class for this registration group'] });
      }
      regClass.set(group.toLowerCase(), found);
    }
    const regIds = new Set([...regClass.values()].map((c) => c.id));
    const nameOf = new Map(classes.map((c) => [c.id, c.name]));
    for (const row of good) {
      if (row.regGroup === undefined) continue;
      const id = idOfRow.get(row);
      if (id === undefined) continue;
      const target = row.regGroup === '' ? undefined : regClass.get(row.regGroup.toLowerCase());
      const before = classes.filter((c) => regIds.has(c.id) && c.pupils.includes(id)).map((c) => c.id);
      for (const c of classes) {
        if (regIds.has(c.id) && c.id !== target?.id) c.pupils = c.pupils.filter((p) => p !== id);
      }
      if (target && !target.pupils.includes(id)) target.pupils.push(id);
      const after = target ? [target.id] : [];
      if (before.join() !== after.join()) {
        itemOf.get(id)?.changes.push({
          field: 'registration group',
          from: before.map((c) => nameOf.get(c) ?? c).join(', '),
          to: after.map((c) => nameOf.get(c) ?? c).join(', '),
        });
      }
    }
  }

  for (const row of good) {
    const match = matchOf.get(row);
    if (!match) continue;
    const item = itemOf.get(match.id);
    if (item && item.changes.length > 0) updated.push(item);
    else unchanged += 1;
  }

  // Pupils the export no longer has: marked as left, out of every group and class (said, not silent).
  const seen = new Set([...claimedBy.keys()]);
  const groups = school.groups.map((g) => ({ ...g }));
  for (const id of order) {
    const pupil = pupils.get(id) as Pupil;
    if (seen.has(id) || itemOf.has(id) || pupil.left !== undefined) continue;
    if ((pupil.upn && rejectedKeys.has(pupil.upn)) || rejectedKeys.has(`name:${pupil.name.toLowerCase()}`)) continue;
    pupil.left = today;
    const inGroups = groups.filter((g) => g.pupils.includes(id));
    const inClasses = classes.filter((c) => c.pupils.includes(id));
    for (const g of inGroups) g.pupils = g.pupils.filter((p) => p !== id);
    for (const c of inClasses) c.pupils = c.pupils.filter((p) => p !== id);
    const effects: string[] = [];
    if (inGroups.length > 0) effects.push(`taken out of ${inGroups.length === 1 ? 'group' : 'groups'} ${quoteList(inGroups.map((g) => g.name))}`);
    if (inClasses.length > 0) effects.push(`taken out of ${inClasses.length === 1 ? 'class' : 'classes'} ${quoteList(inClasses.map((c) => c.name))}`);
    left.push({ entity: 'pupil', key: pupil.upn ?? id, name: pupil.name, changes: [{ field: 'status', from: 'on roll', to: `left on ${today}` }], effects });
  }

  const merged: School = { ...school, pupils: order.map((id) => pupils.get(id) as Pupil), classes, groups };
  return {
    school: merged,
    added: [...added, ...addedClasses],
    updated,
    left,
    removed: [],
    unchanged,
    rejected,
    warnings: [],
    notes: [],
    identities: [...newIdentities.values()].filter((i) => pupils.has(i.pupil)),
  };
}

/** The class a registration group names: by code, by name, or "Tutor group 10A" / "Form 10A" / "Class 3". */
function findRegClass(classes: readonly SchoolClass[], group: string): SchoolClass | undefined {
  const g = group.toLowerCase();
  return (
    classes.find((c) => c.id === group) ??
    classes.find((c) => c.name.toLowerCase() === g) ??
    classes.find((c) => /^(tutor group|form|class|reg group|registration group) /i.test(c.name) && c.name.toLowerCase().endsWith(` ${g}`))
  );
}
