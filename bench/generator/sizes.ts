/** The shapes of the generated schools, from a tiny one for exact tests to a trust-sized one. */

export type SizeName = 'tiny' | 'small' | 'medium' | 'secondary' | 'trust';

export interface SchoolShape {
  /** Primary: classes with one teacher each and PPA cover. Secondary: setted subjects, absence cover. */
  phase: 'primary' | 'secondary';
  weeks: 1 | 2;
  /** Primary: classes. Secondary: forms (tutor groups) per year group. */
  forms: number;
  /** Secondary year groups (primary years follow from the number of classes). */
  years: string[];
  /** Teaching staff, class teachers and leaders included. */
  teachers: number;
  /** TAs, HLTAs, cover supervisors and visiting therapists. */
  supportStaff: number;
  /** SEN and catch-up pupils listed per class or form (fractional: on average). */
  pupilsPerForm: number;
  /** Intervention groups. */
  groups: number;
  /** Secondary: lessons needing absence cover in each week. */
  absencePerWeek: number;
  /** Staffed posts (inclusion room, learning support base...), each open every lesson period. */
  posts: number;
  /** Share of a person's skills that carry an expiry date, and share of those already expired. */
  expiring: number;
  expired: number;
}

export const SIZES: Record<SizeName, SchoolShape> = {
  tiny: {
    phase: 'primary', weeks: 1, forms: 2, years: [], teachers: 3, supportStaff: 3, pupilsPerForm: 4, groups: 6,
    absencePerWeek: 0, posts: 0, expiring: 0.3, expired: 0.3,
  },
  small: {
    phase: 'primary', weeks: 1, forms: 4, years: [], teachers: 5, supportStaff: 5, pupilsPerForm: 5, groups: 11,
    absencePerWeek: 0, posts: 0, expiring: 0.3, expired: 0.3,
  },
  medium: {
    phase: 'primary', weeks: 1, forms: 14, years: [], teachers: 18, supportStaff: 22, pupilsPerForm: 5, groups: 34,
    absencePerWeek: 0, posts: 1, expiring: 0.3, expired: 0.25,
  },
  secondary: {
    phase: 'secondary', weeks: 2, forms: 8, years: ['7', '8', '9', '10', '11'], teachers: 65, supportStaff: 40,
    pupilsPerForm: 4.5, groups: 40, absencePerWeek: 10, posts: 2, expiring: 0.3, expired: 0.25,
  },
  trust: {
    phase: 'secondary', weeks: 2, forms: 8, years: ['7', '8', '9', '10', '11'], teachers: 56, supportStaff: 64,
    pupilsPerForm: 10, groups: 290, absencePerWeek: 16, posts: 3, expiring: 0.3, expired: 0.2,
  },
};
