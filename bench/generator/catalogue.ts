/**
 * The skills and intervention programmes generated schools draw on, with the parameters domain.md
 * (sections 3.7 and 4) gives for them: need area, group size, sessions a week, who may run them,
 * where, and the scheduling rules that go with them (same adult, two adults, fixed slots...).
 */
import type { NeedArea, Role, RoomKind, Skill } from '../../solver/model';

export const SKILLS: Skill[] = [
  { id: 'ELSA', name: 'Emotional Literacy Support Assistant (EP-trained)', area: 'SEMH' },
  { id: 'DRAWING_TALKING', name: 'Drawing and Talking practitioner', area: 'SEMH' },
  { id: 'ZONES', name: 'Zones of Regulation', area: 'SEMH' },
  { id: 'THERAPLAY', name: 'Group Theraplay / Sunshine Circles', area: 'SEMH' },
  { id: 'NURTURE', name: 'Nurture group (Boxall) trained', area: 'SEMH' },
  { id: 'TALK_BOOST_KS1', name: 'Talk Boost KS1 trained', area: 'CI' },
  { id: 'ELKLAN', name: 'Elklan speech and language support', area: 'CI' },
  { id: 'LEGO_THERAPY', name: 'LEGO-based therapy facilitator', area: 'CI' },
  { id: 'SALT_QUALIFIED', name: 'Qualified speech and language therapist', area: 'CI' },
  { id: 'PRECISION_TEACHING', name: 'Precision Teaching', area: 'CL' },
  { id: 'RWI_PHONICS', name: 'Read Write Inc. Phonics', area: 'CL' },
  { id: 'RWI_FRESH_START', name: 'Read Write Inc. Fresh Start', area: 'CL' },
  { id: 'TOE_BY_TOE', name: 'Toe by Toe coach', area: 'CL' },
  { id: 'NUMICON', name: 'Numicon intervention', area: 'CL' },
  { id: 'FIRST_CLASS_NUMBER', name: '1stClass@Number', area: 'CL' },
  { id: 'NUMBERS_COUNT', name: 'Numbers Count specialist teacher', area: 'CL' },
  { id: 'METACOGNITION', name: 'Metacognition and study skills', area: 'general' },
  { id: 'SENSORY_CIRCUITS', name: 'Sensory circuits (OT-advised)', area: 'SP' },
  { id: 'FINE_MOTOR', name: 'Fine motor skills programme', area: 'SP' },
  { id: 'PHYSIO', name: 'Physiotherapy programme (trained by NHS physio)', area: 'SP' },
  { id: 'MOVING_HANDLING_HOIST', name: 'Moving and handling (hoist)', area: 'medical' },
  { id: 'INTIMATE_CARE', name: 'Intimate care', area: 'medical' },
  { id: 'DIABETES_CARE', name: 'Diabetes care (insulin)', area: 'medical' },
  { id: 'EPILEPSY_BUCCAL', name: 'Epilepsy: buccal midazolam', area: 'medical' },
  { id: 'PAED_FIRST_AID', name: 'Paediatric first aid', area: 'medical' },
  { id: 'TEAM_TEACH_L1', name: 'Team Teach level 1', area: 'behaviour' },
  { id: 'TEAM_TEACH_L2', name: 'Team Teach level 2', area: 'behaviour' },
];

/** Skills an intervention programme needs, for drawing support staff training. */
export const PROGRAMME_SKILLS = [
  'ELSA', 'DRAWING_TALKING', 'ZONES', 'THERAPLAY', 'NURTURE', 'ELKLAN', 'LEGO_THERAPY', 'PRECISION_TEACHING',
  'TOE_BY_TOE', 'NUMICON', 'METACOGNITION', 'SENSORY_CIRCUITS', 'FINE_MOTOR', 'PHYSIO',
] as const;
export const PRIMARY_ONLY_SKILLS = ['TALK_BOOST_KS1', 'RWI_PHONICS', 'FIRST_CLASS_NUMBER'] as const;
export const SECONDARY_ONLY_SKILLS = ['RWI_FRESH_START'] as const;
export const CARE_SKILLS = ['MOVING_HANDLING_HOIST', 'INTIMATE_CARE', 'DIABETES_CARE', 'EPILEPSY_BUCCAL', 'PAED_FIRST_AID', 'TEAM_TEACH_L1', 'TEAM_TEACH_L2'] as const;

/** Where a programme may run in the day. */
export type Window = 'any' | 'tutor' | 'lunch' | 'afternoon' | 'start';

export interface Programme {
  programme: string;
  area: NeedArea;
  skills: string[];
  phases: ('primary' | 'secondary')[];
  sessions: [number, number];
  size: [number, number];
  priority: [number, number];
  weight: number;
  roomKinds?: RoomKind[];
  sameAdult?: boolean;
  adults?: number;
  length?: number;
  window?: Window;
  roles?: Role[];
  /** Two adults of one sex (intimate care, hoisting): sets staffSex. */
  staffSex?: boolean;
  /** Led by the visiting therapist, at the therapist's fixed visiting times. */
  visitor?: boolean;
  /** Runs at the same fixed slots every week (sensory circuits first thing). */
  fixedSlots?: boolean;
  /** Needs of pupils it suits (census codes), primary need first. */
  needs: string[];
}

export const PROGRAMMES: Programme[] = [
  { programme: 'Talk Boost KS1', area: 'CI', skills: ['TALK_BOOST_KS1'], phases: ['primary'], sessions: [3, 3], size: [3, 4], priority: [2, 4], weight: 3, roomKinds: ['small-group', 'therapy'], needs: ['SLCN'] },
  { programme: 'Phonics keep-up (same day)', area: 'CL', skills: ['RWI_PHONICS'], phases: ['primary'], sessions: [4, 5], size: [2, 4], priority: [2, 3], weight: 3, roomKinds: ['small-group', 'library'], window: 'afternoon', needs: ['SPLD', 'MLD'] },
  { programme: '1stClass@Number', area: 'CL', skills: ['FIRST_CLASS_NUMBER'], phases: ['primary'], sessions: [3, 3], size: [3, 4], priority: [3, 4], weight: 2, roomKinds: ['small-group', 'library'], needs: ['MLD', 'SPLD'] },
  { programme: 'Numicon-based maths', area: 'CL', skills: ['NUMICON'], phases: ['primary', 'secondary'], sessions: [2, 3], size: [2, 5], priority: [3, 5], weight: 2, roomKinds: ['small-group', 'library', 'classroom'], needs: ['MLD', 'SPLD'] },
  { programme: 'Precision Teaching', area: 'CL', skills: ['PRECISION_TEACHING'], phases: ['primary', 'secondary'], sessions: [3, 5], size: [1, 1], priority: [2, 4], weight: 3, roomKinds: ['one-to-one', 'small-group', 'library'], needs: ['SPLD', 'MLD'] },
  { programme: 'Toe by Toe', area: 'CL', skills: ['TOE_BY_TOE'], phases: ['primary', 'secondary'], sessions: [3, 4], size: [1, 1], priority: [3, 4], weight: 2, roomKinds: ['one-to-one', 'library', 'small-group'], needs: ['SPLD'] },
  { programme: 'Read Write Inc. Fresh Start', area: 'CL', skills: ['RWI_FRESH_START'], phases: ['secondary'], sessions: [3, 3], size: [4, 6], priority: [2, 3], weight: 4, roomKinds: ['small-group', 'library'], needs: ['SPLD', 'MLD'] },
  { programme: 'Reading in tutor time', area: 'CL', skills: ['PRECISION_TEACHING'], phases: ['secondary'], sessions: [3, 4], size: [2, 4], priority: [3, 5], weight: 3, roomKinds: ['library', 'small-group', 'classroom'], window: 'tutor', needs: ['SPLD', 'MLD'] },
  { programme: 'Metacognition and study skills', area: 'CL', skills: ['METACOGNITION'], phases: ['primary', 'secondary'], sessions: [1, 1], size: [5, 8], priority: [4, 5], weight: 2, roomKinds: ['library', 'classroom'], roles: ['hlta', 'teacher', 'senco'], needs: ['SPLD', 'MLD', 'SEMH'] },
  { programme: 'ELSA', area: 'SEMH', skills: ['ELSA'], phases: ['primary', 'secondary'], sessions: [1, 1], size: [1, 2], priority: [1, 3], weight: 4, roomKinds: ['pastoral', 'therapy', 'one-to-one'], sameAdult: true, needs: ['SEMH'] },
  { programme: 'Drawing and Talking', area: 'SEMH', skills: ['DRAWING_TALKING'], phases: ['primary', 'secondary'], sessions: [1, 1], size: [1, 1], priority: [1, 2], weight: 3, roomKinds: ['therapy', 'one-to-one', 'pastoral'], sameAdult: true, needs: ['SEMH'] },
  { programme: 'Zones of Regulation', area: 'SEMH', skills: ['ZONES'], phases: ['primary', 'secondary'], sessions: [1, 2], size: [3, 6], priority: [3, 5], weight: 2, roomKinds: ['small-group', 'pastoral', 'sensory'], needs: ['SEMH', 'ASD'] },
  { programme: 'Sunshine Circles', area: 'SEMH', skills: ['THERAPLAY'], phases: ['primary'], sessions: [1, 1], size: [4, 6], priority: [2, 4], weight: 1, roomKinds: ['hall', 'small-group', 'pastoral'], adults: 2, needs: ['SEMH'] },
  { programme: 'Nurture group', area: 'SEMH', skills: ['NURTURE'], phases: ['primary', 'secondary'], sessions: [2, 3], size: [5, 8], priority: [2, 3], weight: 1, roomKinds: ['pastoral', 'other', 'small-group'], adults: 2, length: 2, window: 'afternoon', needs: ['SEMH'] },
  { programme: 'LEGO-based therapy', area: 'CI', skills: ['LEGO_THERAPY'], phases: ['primary', 'secondary'], sessions: [1, 1], size: [3, 3], priority: [2, 4], weight: 2, roomKinds: ['small-group', 'therapy'], length: 2, needs: ['ASD', 'SLCN'] },
  { programme: 'Elklan language group', area: 'CI', skills: ['ELKLAN'], phases: ['primary', 'secondary'], sessions: [2, 3], size: [2, 4], priority: [2, 3], weight: 3, roomKinds: ['therapy', 'small-group'], needs: ['SLCN', 'ASD'] },
  { programme: 'SALT direct therapy (NHS)', area: 'CI', skills: ['SALT_QUALIFIED'], phases: ['primary', 'secondary'], sessions: [1, 1], size: [1, 2], priority: [1, 1], weight: 1, roomKinds: ['therapy', 'one-to-one'], visitor: true, needs: ['SLCN', 'ASD'] },
  { programme: 'Lunch club', area: 'CI', skills: ['LEGO_THERAPY'], phases: ['primary', 'secondary'], sessions: [2, 3], size: [4, 8], priority: [4, 5], weight: 2, roomKinds: ['library', 'small-group', 'pastoral', 'other'], window: 'lunch', needs: ['ASD', 'SEMH', 'SLCN'] },
  { programme: 'Sensory circuits', area: 'SP', skills: ['SENSORY_CIRCUITS'], phases: ['primary'], sessions: [4, 5], size: [3, 6], priority: [2, 3], weight: 1, roomKinds: ['hall', 'sensory'], window: 'start', fixedSlots: true, needs: ['ASD', 'SEMH', 'PD'] },
  { programme: 'Fine motor skills', area: 'SP', skills: ['FINE_MOTOR'], phases: ['primary', 'secondary'], sessions: [2, 3], size: [2, 4], priority: [3, 5], weight: 2, roomKinds: ['small-group', 'classroom', 'library'], needs: ['PD', 'SPLD'] },
  { programme: 'Physiotherapy programme', area: 'SP', skills: ['PHYSIO', 'MOVING_HANDLING_HOIST'], phases: ['primary', 'secondary'], sessions: [2, 3], size: [1, 1], priority: [1, 1], weight: 1, roomKinds: ['therapy', 'medical', 'sensory'], adults: 2, staffSex: true, needs: ['PD'] },
  { programme: 'Numbers Count', area: 'CL', skills: ['NUMBERS_COUNT'], phases: ['primary', 'secondary'], sessions: [3, 4], size: [1, 3], priority: [2, 3], weight: 1, roomKinds: ['small-group', 'one-to-one', 'classroom'], roles: ['teacher', 'senco'], needs: ['MLD', 'SPLD'] },
];

/** Census need types by broad area, primary need first in each. */
export const NEEDS_BY_AREA: Record<NeedArea, string[]> = {
  CI: ['SLCN', 'ASD'],
  CL: ['SPLD', 'MLD', 'SLD'],
  SEMH: ['SEMH'],
  SP: ['PD', 'HI', 'VI'],
};
