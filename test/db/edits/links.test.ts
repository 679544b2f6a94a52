import { describe, expect, it } from 'vitest';
import { readSchool } from '../../../db';
import { applyEdit, undoEdit, type EntityChange } from '../../../db/edits';
import { linksTo, type DeletableKind } from '../../../db/edits/links';
import type { School } from '../../../solver/model';
import { databaseWith } from './helpers';

/** Every reference to `id` of `kind` left anywhere in the school (names and descriptions are text, not references). */
function referencesTo(school: School, kind: DeletableKind, id: string): number {
  const text = JSON.stringify({ ...school, [listOf(kind)]: [] }, (key, value: unknown) =>
    key === 'programme' || key === 'name' || key === 'label' || key === 'what' ? undefined : value);
  return text.split(`"${id}"`).length - 1;
}

function listOf(kind: DeletableKind): string {
  return { staff: 'staff', pupil: 'pupils', skill: 'skills', room: 'rooms', class: 'classes', group: 'groups', cover: 'cover', session: 'plan' }[kind];
}

const CASES: { kind: DeletableKind; id: string; facts: RegExp[] }[] = [
  { kind: 'staff', id: 'X01', facts: [/^is on 1 planned session$/, /^leads /, /^is a preferred adult for /] },
  { kind: 'pupil', id: 'Q0113', facts: [/^is in Fresh Start Y7 group 1/, /^is in \d+ class(es)?$/] },
  { kind: 'skill', id: 'ELSA', facts: [/^is held by \d+ staff$/, /^is needed by /] },
  { kind: 'room', id: 'RM-HUB', facts: [/^is the room of \d+ planned sessions?$/] },
  { kind: 'group', id: 'VIS-VIS01', facts: [/^has 1 planned session$/] },
];

describe('deleting with everything that refers to it', () => {
  for (const { kind, id, facts } of CASES) {
    it(`${kind} ${id}: says what refers to it, unhooks all of it in one edit, and undo restores it all`, () => {
      const { db, school } = databaseWith('secondary');
      expect(referencesTo(school, kind, id)).toBeGreaterThan(0);
      const links = linksTo(school, kind, id);
      if (!links) throw new Error(`${id} exists`);
      for (const fact of facts) expect(links.facts.some((f) => fact.test(f)), `${fact} in ${links.facts.join(' | ')}`).toBe(true);
      expect(links.consequences).toHaveLength(links.facts.length);
      applyEdit(db, `Deleted ${links.name}`, [...links.changes, { kind, id, after: null } as EntityChange]);
      expect(referencesTo(readSchool(db), kind, id)).toBe(0);
      undoEdit(db);
      expect(readSchool(db)).toStrictEqual(school);
    });
  }

  it('finds nothing for something that is not there', () => {
    const { school } = databaseWith('primary');
    expect(linksTo(school, 'staff', 'NOBODY')).toBeNull();
  });
});
