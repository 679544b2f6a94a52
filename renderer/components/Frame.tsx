/**
 * The app frame once a school is open: header with the File menu and Undo and Redo, navigation,
 * and the current place. It holds the school as last read, reloads it after every edit (an MIS
 * import included), and announces what each edit, undo or redo did in a live region.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { HistoryState } from '../../api/edits';
import type { PlanState } from '../../api/grid';
import type { ApiError } from '../../api/result';
import type { School } from '../../solver/model/school-file';
import { useClient } from '../api/ClientContext';
import type { Client } from '../api/client';
import { asApiError } from '../api/use-request';
import { EditingContext, type Editing } from '../editing/EditingContext';
import { useUndoKeys } from '../editing/use-undo-keys';
import { withPlan } from '../editing/with-plan';
import { indexSchool } from '../school/words';
import { CoverScreen } from '../screens/CoverScreen';
import { GroupsScreen } from '../screens/GroupsScreen';
import { ImportScreen } from '../screens/ImportScreen';
import { PlanScreen } from '../screens/PlanScreen';
import { PrintScreen } from '../screens/PrintScreen';
import { PupilsScreen } from '../screens/PupilsScreen';
import { RoomsScreen } from '../screens/RoomsScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { SkillsScreen } from '../screens/SkillsScreen';
import { StaffScreen } from '../screens/StaffScreen';
import { FileMenu } from './FileMenu';
import { Navigation } from './Navigation';
import { Problem } from './Problem';
import { SECTIONS, type Section } from './sections';

interface Loaded {
  school: School;
  history: HistoryState;
}

async function load(client: Client): Promise<Loaded> {
  const [school, steps] = await Promise.all([client.call('school:get'), client.call('edit:history', { limit: 1 })]);
  return { school, history: { undo: steps.undo, redo: steps.redo } };
}

export function Frame() {
  const client = useClient();
  const [school, setSchool] = useState<School | null>(null);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [history, setHistory] = useState<HistoryState>({ undo: null, redo: null });
  const [status, setStatus] = useState('');
  const [formOpen, setFormOpen] = useState(false);
  const [working, setWorking] = useState(false);
  const [section, setSection] = useState<Section>('plan');
  // The last MIS import's result, shown on a fresh Import screen (a new `importRound` remounts it).
  const [imported, setImported] = useState<string | null>(null);
  const [importRound, setImportRound] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);

  const show = useCallback((loaded: Loaded) => {
    setSchool(loaded.school);
    setHistory(loaded.history);
    setFailure(null);
  }, []);
  const reload = useCallback(async () => {
    try {
      show(await load(client));
    } catch (error) {
      setFailure(asApiError(error));
    }
  }, [client, show]);

  useEffect(() => {
    let current = true;
    load(client).then(
      (loaded) => current && show(loaded),
      (error: unknown) => current && setFailure(asApiError(error)),
    );
    return () => {
      current = false;
    };
  }, [client, show]);

  // After choosing a place, keyboard and screen-reader users land on its heading.
  useEffect(() => {
    if (moved.current) heading.current?.focus();
  }, [section]);
  const goTo = useCallback((next: Section) => {
    moved.current = true;
    setSection(next);
  }, []);

  const step = useCallback(async (direction: 'undo' | 'redo') => {
    setWorking(true);
    try {
      const result = await client.call(direction === 'undo' ? 'edit:undo' : 'edit:redo');
      setHistory(result.history);
      if (result.label === null) {
        setStatus(direction === 'undo' ? 'There is nothing to undo.' : 'There is nothing to redo.');
        return;
      }
      await reload();
      setStatus(`${direction === 'undo' ? 'Undid' : 'Redid'}: ${result.label}`);
    } catch (error) {
      setStatus(asApiError(error).message);
    } finally {
      setWorking(false);
    }
  }, [client, reload]);

  // A saved import is an edit like any other: read the school again, update Undo, and announce it.
  const onImported = useCallback(async (message: string, next: HistoryState) => {
    setImported(message);
    setImportRound((round) => round + 1);
    setHistory(next);
    await reload();
    setStatus(message);
  }, [reload]);

  const canStep = !formOpen && !working;
  useUndoKeys({
    undo: () => void step('undo'),
    redo: () => void step('redo'),
    enabled: canStep,
  });

  const editing = useMemo<Editing | null>(() => {
    if (!school) return null;
    return {
      school,
      index: indexSchool(school),
      afterEdit: async (message, next) => {
        setHistory(next);
        await reload();
        setStatus(message);
      },
      applyPlan: (plan: PlanState, message: string, next: HistoryState) => {
        setSchool((current) => (current ? withPlan(current, plan) : current));
        setHistory(next);
        setStatus(message);
      },
      announce: setStatus,
      setFormOpen,
    };
  }, [school, reload]);

  const title = SECTIONS.find((s) => s.id === section)?.title ?? '';
  const hint = formOpen ? ' (finish or cancel the form first)' : '';
  return (
    <div className="frame">
      <header className="app-header">
        <p className="app-name">Staffroom</p>
        <h1>{school ? school.school.name : 'Opening the school…'}</h1>
        <div className="toolbar" role="toolbar" aria-label="Editing">
          {school && (
            <FileMenu
              school={school}
              disabled={formOpen}
              announce={setStatus}
              onImported={(message) => {
                void reload().then(() => setStatus(message));
              }}
            />
          )}
          <button
            type="button"
            onClick={() => void step('undo')}
            disabled={!canStep || history.undo === null}
            aria-keyshortcuts="Control+Z"
            title={history.undo ? `Undo: ${history.undo} (Ctrl+Z)${hint}` : `Nothing to undo${hint}`}
          >
            Undo
          </button>
          <button
            type="button"
            onClick={() => void step('redo')}
            disabled={!canStep || history.redo === null}
            aria-keyshortcuts="Control+Shift+Z Control+Y"
            title={history.redo ? `Redo: ${history.redo} (Ctrl+Shift+Z)${hint}` : `Nothing to redo${hint}`}
          >
            Redo
          </button>
        </div>
        <p className="status" role="status">{status}</p>
      </header>
      <Navigation current={section} onGoTo={goTo} />
      <main className="content">
        <h2 ref={heading} tabIndex={-1}>
          {title}
        </h2>
        {!school && !failure && <p className="muted">Opening the school…</p>}
        {failure && <Problem error={failure} onRetry={() => void reload()} />}
        {editing && (
          <EditingContext value={editing}>
            <Place section={section} editing={editing} imported={imported} importRound={importRound} onImported={onImported} />
          </EditingContext>
        )}
      </main>
    </div>
  );
}

interface PlaceProps {
  section: Section;
  editing: Editing;
  imported: string | null;
  importRound: number;
  onImported: (message: string, history: HistoryState) => Promise<void>;
}

function Place({ section, editing, imported, importRound, onImported }: PlaceProps) {
  const { index } = editing;
  switch (section) {
    case 'plan':
      return <PlanScreen />;
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
    case 'skills':
      return <SkillsScreen index={index} />;
    case 'print':
      return <PrintScreen index={index} />;
    case 'import':
      return <ImportScreen key={importRound} done={imported} onImported={onImported} />;
    case 'settings':
      return <SettingsScreen index={index} />;
  }
}
