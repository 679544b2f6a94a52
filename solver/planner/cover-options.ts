/** Who could take each cover item: eligible people free in its slot with room under their cap. */
import type { Prepared } from './prepare';

export interface CoverOption {
  /** Index into `Prepared.cover`. */
  item: number;
  staff: number[];
}

/** The people free and fit for every cover item still wanting people. */
export function coverOptions(p: Prepared): CoverOption[] {
  return p.cover
    .map((c, item) => ({
      item,
      staff: c.wanted > 0 ? c.eligible.filter((s) => p.staff[s]!.blocks[c.slot] === undefined && p.staff[s]!.capLeft[c.week]! >= 1) : [],
    }))
    .filter((o) => o.staff.length > 0);
}
