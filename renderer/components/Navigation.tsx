/** The app's main navigation: one button per place, the current one marked for screen readers. */
import { SECTIONS, type Section } from './sections';

export function Navigation({ current, onGoTo }: { current: Section; onGoTo: (section: Section) => void }) {
  return (
    <nav aria-label="Staffroom sections" className="navigation">
      <ul>
        {SECTIONS.map((s) => (
          <li key={s.id}>
            <button type="button" aria-current={s.id === current ? 'page' : undefined} onClick={() => onGoTo(s.id)}>
              {s.title}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
