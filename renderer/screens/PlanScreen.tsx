/**
 * The place for the weekly plan grid. The grid and the planner arrive in a later version; until
 * then this says so plainly and gives an overview of what the planner will work from.
 */
import type { Section } from '../components/sections';
import type { SchoolIndex } from '../school/words';

export function PlanScreen({ index, onGoTo }: { index: SchoolIndex; onGoTo: (section: Section) => void }) {
  const { school } = index;
  const sessions = school.plan?.sessions ?? [];
  const pinned = sessions.filter((s) => s.pinned).length;
  const overview: { section: Section; text: string }[] = [
    { section: 'staff', text: `${school.staff.length} staff` },
    { section: 'pupils', text: `${school.pupils.length} pupils` },
    { section: 'groups', text: `${school.groups.length} intervention groups` },
    { section: 'cover', text: `${school.cover.length} cover items, duties and posts` },
    { section: 'rooms', text: `${school.rooms.length} rooms` },
  ];
  return (
    <div className="plan">
      <p className="notice">
        The weekly plan grid is not in this version of Staffroom yet. It comes next: a week you can fill
        by dragging sessions, and a planner that fills it for you and explains what it could not place.
      </p>
      {sessions.length > 0 && (
        <p>
          This school’s file already holds {sessions.length} planned session{sessions.length === 1 ? '' : 's'}
          {pinned > 0 ? `, ${pinned} of them pinned,` : ''} which will appear on the grid.
        </p>
      )}
      <h3>What the planner will work from</h3>
      <ul className="overview">
        {overview.map((o) => (
          <li key={o.section}>
            <button type="button" className="link" onClick={() => onGoTo(o.section)}>
              {o.text}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
