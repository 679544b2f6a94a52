/** The app frame once a school is open: header, navigation, and the current place. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { School } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import { useRequest } from '../api/use-request';
import { indexSchool } from '../school/words';
import { CoverScreen } from '../screens/CoverScreen';
import { GroupsScreen } from '../screens/GroupsScreen';
import { ImportScreen } from '../screens/ImportScreen';
import { PlanScreen } from '../screens/PlanScreen';
import { PupilsScreen } from '../screens/PupilsScreen';
import { RoomsScreen } from '../screens/RoomsScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { StaffScreen } from '../screens/StaffScreen';
import { Navigation } from './Navigation';
import { Problem } from './Problem';
import { SECTIONS, type Section } from './sections';

export function Frame() {
  const client = useClient();
  const [school, retry] = useRequest(useCallback(() => client.call('school:get'), [client]));
  const [section, setSection] = useState<Section>('plan');
  const [imported, setImported] = useState<string | null>(null);
  // A saved import changes the school: read it again so every list shows the result.
  const onImported = useCallback(
    (message: string) => {
      setImported(message);
      retry();
    },
    [retry],
  );
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  // After choosing a place, keyboard and screen-reader users land on its heading.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [section]);
  const goTo = useCallback((next: Section) => {
    moved.current = true;
    setSection(next);
  }, []);

  const title = SECTIONS.find((s) => s.id === section)?.title ?? '';
  return (
    <div className="frame">
      <header className="app-header">
        <p className="app-name">Staffroom</p>
        <h1>{school.status === 'done' ? school.value.school.name : 'Opening the school…'}</h1>
      </header>
      <Navigation current={section} onGoTo={goTo} />
      <main className="content">
        <h2 ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {school.status === 'loading' && <p className="muted">Opening the school…</p>}
        {school.status === 'failed' && <Problem error={school.error} onRetry={retry} />}
        {school.status === 'done' && (
          <Place section={section} school={school.value} onGoTo={goTo} imported={imported} onImported={onImported} />
        )}
      </main>
    </div>
  );
}

interface PlaceProps {
  section: Section;
  school: School;
  onGoTo: (s: Section) => void;
  imported: string | null;
  onImported: (message: string) => void;
}

function Place({ section, school, onGoTo, imported, onImported }: PlaceProps) {
  const index = useMemo(() => indexSchool(school), [school]);
  switch (section) {
    case 'plan':
      return <PlanScreen index={index} onGoTo={onGoTo} />;
    case 'staff':
      return <StaffScreen index={index} />;
    case 'pupils':
      return <PupilsScreen index={index} />;
    case 'groups':
      return <GroupsScreen index={index} />;
    case 'cover':
      return <CoverScreen index={index} />;
    case 'rooms':
      return <RoomsScreen index={index} />;
    case 'import':
      return <ImportScreen done={imported} onImported={onImported} />;
    case 'settings':
      return <SettingsScreen index={index} />;
  }
}
