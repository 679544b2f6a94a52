/** The key to the grid's colours, patterns and marks, so a printout or a colour-blind reader can still tell them apart. */
import type { NeedArea } from '../../solver/model/school-file';
import { COVER_KIND_NAMES, NEED_AREA_NAMES } from '../school/words';
import { RULE_MEANINGS, RULE_WORDS } from './words';

const NEED_AREAS = Object.keys(NEED_AREA_NAMES) as NeedArea[];

export function Legend() {
  return (
    <details className="legend">
      <summary>Key</summary>
      <div className="legend-body">
        <ul className="plain legend-list">
          {NEED_AREAS.map((area) => (
            <li key={area}><span className={`swatch area-${area}`} aria-hidden="true">{area}</span> {NEED_AREA_NAMES[area]}</li>
          ))}
          {(['ppa', 'duty', 'post', 'absence'] as const).map((kind) => (
            <li key={kind}><span className={`swatch cover-${kind}`} aria-hidden="true" /> {COVER_KIND_NAMES[kind]}</li>
          ))}
        </ul>
        <ul className="plain legend-list">
          <li><span className="swatch pinned-mark" aria-hidden="true" /> Pinned: the planner keeps it exactly where it is</li>
          <li><span className="swatch off" aria-hidden="true" /> Not working</li>
          <li><span className="swatch teaching" aria-hidden="true" /> Teaching a lesson</li>
          <li><span className="swatch busy" aria-hidden="true" /> Busy with a fixed commitment</li>
        </ul>
        <ul className="plain legend-list">
          <li><span className="swatch drop-ok" aria-hidden="true" /> While moving a card: it can go here</li>
          {RULE_MEANINGS.map((r) => (
            <li key={r.rule}><span className="swatch drop-no" aria-hidden="true">{RULE_WORDS[r.rule]}</span> Cannot: {r.meaning}</li>
          ))}
        </ul>
      </div>
    </details>
  );
}
