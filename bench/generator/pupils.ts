/** Listed pupils: SEN support (K), EHC plans (E) and a few catch-up pupils with no SEN (N). */
import type { NeedArea, Pupil } from '../../solver/model';
import { YEARS } from '../../solver/model';
import { NEEDS_BY_AREA } from './catalogue';
import type { Draft } from './draft';
import { personName } from './names';

const AREA_WEIGHTS: Record<NeedArea, number> = { CI: 3, CL: 3.5, SEMH: 2.5, SP: 1 };

/** A year group checked against the file's list of years. */
export function asYear(year: string): Pupil['year'] {
  const found = YEARS.find((y) => y === year);
  if (!found) throw new Error(`Year ${year} is not a year group of the school file`);
  return found;
}

/** Adds one listed pupil of a year group, with census SEN status and ranked needs. */
export function addPupil(draft: Draft, id: string, yearGroup: string, upnValue: string): Pupil {
  const { rng } = draft;
  const year = asYear(yearGroup);
  const sex: 'F' | 'M' = rng.chance(0.4) ? 'F' : 'M';
  const sen = rng.weighted<Pupil['sen']>(['E', 'K', 'N'], (s) => ({ E: 0.17, K: 0.7, N: 0.13 })[s]);
  const pupil: Pupil = { id, name: personName(rng, sex), upn: upnValue, year, sen };
  if (sen !== 'N') {
    const areas = Object.keys(AREA_WEIGHTS) as NeedArea[];
    const first = rng.pick(NEEDS_BY_AREA[rng.weighted(areas, (a) => AREA_WEIGHTS[a])]);
    const needs = [first];
    if (rng.chance(0.4)) {
      const second = rng.pick(NEEDS_BY_AREA[rng.weighted(areas, (a) => AREA_WEIGHTS[a])]);
      if (second !== first) needs.push(second);
    }
    pupil.needs = needs;
  }
  draft.pupils.push(pupil);
  draft.pupilSex.set(id, sex);
  return pupil;
}
