/** Save and delete handlers for staff, pupils, groups, cover, rooms, skills, classes and plan sessions. */
import type { EditOutcome } from '../api/edits';
import type { Cover } from '../solver/model/school-file';
import type { HandlerContext } from './context';
import { commitEdit } from './editing/commit';
import { COVER_PREFIX, deleteOne, saveOne } from './editing/list-kinds';
import { newIds } from './editing/new-ids';
import type { ChannelHandlers } from './types';

const deleting = (kind: Parameters<typeof deleteOne>[1]) =>
  ({ id, withLinks }: { id: string; withLinks?: boolean | undefined }, context: HandlerContext) => deleteOne(context, kind, id, withLinks === true);

const WORDS_FOR_COVER: Readonly<Record<Cover['kind'], [string, string]>> = {
  ppa: ['PPA cover', 'PPA cover'], absence: ['absence cover', 'absence cover'], duty: ['duty', 'duties'], post: ['staffed post', 'staffed posts'],
};

/** Adds one cover item per chosen slot (e.g. PPA cover for a class in each of its PPA slots), as one edit. */
function addCoverForSlots(context: HandlerContext, input: { cover: Omit<Cover, 'id' | 'week' | 'day' | 'period'>; slots: { week?: string | undefined; day: Cover['day']; period: string }[] }): EditOutcome {
  return commitEdit(context, (school) => {
    const ids = newIds(school.cover.map((c) => c.id), COVER_PREFIX[input.cover.kind], input.slots.length);
    const changes = input.slots.map((slot, i) => {
      const id = ids[i] ?? '';
      const item: Cover = { id, ...input.cover, ...(slot.week === undefined ? {} : { week: slot.week }), day: slot.day, period: slot.period };
      return { kind: 'cover' as const, id, after: item };
    });
    const className = input.cover.class ? school.classes.find((c) => c.id === input.cover.class)?.name : undefined;
    const [one, many] = WORDS_FOR_COVER[input.cover.kind];
    const what = `${input.slots.length === 1 ? one : many}${className ? ` for ${className}` : ` “${input.cover.label}”`}`;
    const label = `Added ${what} in ${input.slots.length} slot${input.slots.length === 1 ? '' : 's'}`;
    return { label, id: ids[0] ?? '', changes, focus: changes.map((c) => ({ kind: 'cover' as const, id: c.id, field: '' })) };
  });
}

export const entityHandlers = {
  'staff:save': ({ staff }, context) => saveOne(context, 'staff', staff),
  'staff:delete': deleting('staff'),
  'pupil:save': ({ pupil }, context) => saveOne(context, 'pupil', pupil),
  'pupil:delete': deleting('pupil'),
  'group:save': ({ group }, context) => saveOne(context, 'group', group),
  'group:delete': deleting('group'),
  'cover:save': ({ cover }, context) => saveOne(context, 'cover', cover),
  'cover:addForSlots': (input, context) => addCoverForSlots(context, input),
  'cover:delete': deleting('cover'),
  'room:save': ({ room }, context) => saveOne(context, 'room', room),
  'room:delete': deleting('room'),
  'skill:save': ({ skill }, context) => saveOne(context, 'skill', skill),
  'skill:delete': deleting('skill'),
  'class:save': (input, context) => saveOne(context, 'class', input.class),
  'class:delete': deleting('class'),
  'session:save': ({ session }, context) => saveOne(context, 'session', session),
  'session:delete': deleting('session'),
} satisfies ChannelHandlers<'staff'> & ChannelHandlers<'pupil'> & ChannelHandlers<'group'> & ChannelHandlers<'cover'>
  & ChannelHandlers<'room'> & ChannelHandlers<'skill'> & ChannelHandlers<'class'> & Pick<ChannelHandlers<'session'>, 'session:save' | 'session:delete'>;
