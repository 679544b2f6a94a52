/**
 * What every list screen and form needs to edit the school: the school as it is now, a way to say
 * an edit was saved (which reloads the school and refreshes undo and redo), a way to announce
 * something to screen readers, and whether a form is open (undo and redo wait until it closes).
 */
import { createContext, useContext } from 'react';
import type { HistoryState } from '../../api/edits';
import type { PlanState } from '../../api/grid';
import type { School } from '../../solver/model/school-file';
import type { SchoolIndex } from '../school/words';

export interface Editing {
  school: School;
  index: SchoolIndex;
  /** After a save or delete: reload the school, update undo and redo, and announce `message`. */
  afterEdit(message: string, history: HistoryState): Promise<void>;
  /**
   * After a grid edit that answered with the plan as it now is: show it without reading the whole
   * school again (a drop must show at once), update undo and redo, and announce `message`.
   */
  applyPlan(plan: PlanState, message: string, history: HistoryState): void;
  announce(message: string): void;
  setFormOpen(open: boolean): void;
}

export const EditingContext = createContext<Editing | null>(null);

export function useEditing(): Editing {
  const editing = useContext(EditingContext);
  if (!editing) throw new Error('useEditing is used outside the app frame');
  return editing;
}
