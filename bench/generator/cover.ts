/**
 * Cover items other than PPA: break and lunch duties (teachers are never asked to do lunch),
 * staffed posts open every lesson period, and care slots for named pupils that need trained
 * adults (hoisting, diabetes, positive handling).
 */
import type { Cover, Day, Role } from '../../solver/model';
import type { Draft } from './draft';

function coverId(draft: Draft, prefix: string, week: string, day: Day, period: string): string {
  return draft.weeks.length > 1 ? `${prefix}-${week}-${day}-${period}` : `${prefix}-${day}-${period}`;
}

function addItem(draft: Draft, prefix: string, week: string, day: Day, period: string, item: Omit<Cover, 'id' | 'day' | 'period' | 'week'>): void {
  const cover: Cover = { id: coverId(draft, prefix, week, day, period), ...(draft.weeks.length > 1 ? { week } : {}), day, period, ...item };
  if (cover.room) draft.take(draft.roomTaken, cover.room, draft.keys(week, day, period));
  draft.cover.push(cover);
}

/** Adds duties, staffed posts and care slots scaled to the school's size. */
export function addDutiesAndPosts(draft: Draft): void {
  const { rng, shape } = draft;
  const secondary = draft.phase === 'secondary';
  const brk = draft.periodsOfKind('break')[0];
  const lunch = draft.periodsOfKind('lunch')[0];
  const lessonPeriods = draft.periodsOfKind('lesson');
  const forms = shape.forms;
  const breakStaff = secondary ? Math.max(2, Math.round(forms * 0.6)) : forms < 4 ? 1 : forms < 10 ? 2 : 3;
  const lunchStaff = secondary ? Math.max(2, Math.round(forms * 0.5)) : forms < 4 ? 1 : forms < 10 ? 2 : 3;
  const breakRoles: Role[] = secondary ? ['teacher', 'ta', 'hlta', 'leader', 'cover-supervisor'] : ['teacher', 'ta', 'hlta'];
  const lunchRoles: Role[] = secondary ? ['ta', 'hlta', 'cover-supervisor', 'leader'] : ['ta', 'hlta'];

  for (const week of draft.weeks) {
    for (const day of draft.days) {
      if (brk) addItem(draft, 'DUTY-BRK', week, day, brk, { kind: 'duty', label: secondary ? 'Break duty (yard, canteen, corridors)' : 'Playground duty', staffNeeded: breakStaff, roles: breakRoles, priority: 2 });
      if (lunch) addItem(draft, 'DUTY-LUN', week, day, lunch, { kind: 'duty', label: secondary ? 'Lunch duty (canteen, field)' : 'Lunchtime supervision', staffNeeded: lunchStaff, roles: lunchRoles, priority: secondary ? 2 : 3 });
    }
  }

  // Staffed posts, each in its own room every lesson period.
  const postKinds = [
    { prefix: 'INC', label: 'Inclusion room', room: { id: 'RM-INC', name: 'Inclusion room', kind: 'other' as const, capacity: 12 }, roles: ['hlta', 'ta', 'cover-supervisor'] as Role[] },
    { prefix: 'PSC', label: 'Pastoral support centre', room: { id: 'RM-PSC', name: 'Pastoral support centre', kind: 'pastoral' as const, capacity: 10 }, roles: ['hlta', 'ta', 'pastoral-lead'] as Role[] },
    { prefix: 'LSB', label: 'Learning support base', room: { id: 'RM-LSB', name: 'Learning support base', kind: 'small-group' as const, capacity: 14 }, roles: ['hlta', 'ta'] as Role[] },
  ];
  for (const post of postKinds.slice(0, shape.posts)) {
    if (!draft.rooms.some((r) => r.id === post.room.id)) draft.rooms.push({ ...post.room });
    const priority = rng.pick([3, 3, 4] as const);
    for (const week of draft.weeks) {
      for (const day of draft.days) {
        for (const period of lessonPeriods) addItem(draft, post.prefix, week, day, period, { kind: 'post', label: `${post.label} (staffed)`, staffNeeded: 1, roles: post.roles, room: post.room.id, priority });
      }
    }
  }

  // Care slots for pupils with physical needs and EHC plans: two trained adults, fixed times.
  const careRoom = draft.rooms.find((r) => r.kind === 'medical')?.id;
  const hoisted = draft.pupils.filter((p) => p.sen === 'E' && p.needs?.[0] === 'PD').slice(0, secondary ? 2 : 1);
  const carePeriods = [brk, lunch, lessonPeriods[lessonPeriods.length - 1]].filter((p): p is string => p !== undefined);
  for (const [i, pupil] of hoisted.entries()) {
    const times = rng.sample(draft.days, 3).map((day) => ({ day, period: rng.pick(carePeriods) }));
    for (const week of draft.weeks) {
      for (const t of times) {
        addItem(draft, `CARE${i + 1}`, week, t.day, t.period, { kind: 'post', label: `Intimate care and hoisting (${pupil.id})`, staffNeeded: 2, skills: ['MOVING_HANDLING_HOIST', 'INTIMATE_CARE'], ...(careRoom && i === 0 ? { room: careRoom } : {}), priority: 1 });
      }
    }
  }
  if (shape.forms >= 4 && lunch) {
    for (const week of draft.weeks) {
      for (const day of draft.days) addItem(draft, 'FIRSTAID', week, day, lunch, { kind: 'post', label: 'First aider on call at lunch', staffNeeded: 1, skills: ['PAED_FIRST_AID'], priority: 2 });
    }
  }
  if (secondary && brk) {
    const days = rng.sample(draft.days, 3);
    for (const week of draft.weeks) {
      for (const day of days) addItem(draft, 'KEYADULT', week, day, brk, { kind: 'post', label: 'Key adult at break (Team Teach L2)', staffNeeded: 1, skills: ['TEAM_TEACH_L2'], priority: 1 });
    }
  }
}
