/**
 * Saving a form: run the form's own checks first (nothing is sent while they fail), then send it;
 * a refusal comes back as problems, which land next to the fields they are about.
 */
import { useCallback, useState } from 'react';
import type { EditOutcome } from '../../api/edits';
import { asApiError } from '../api/use-request';
import { fieldId, placeProblems, type FieldErrors } from '../forms/form-context';
import { useEditing } from './EditingContext';

export function useSave(onSaved: (id: string) => void) {
  const editing = useEditing();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);

  const save = useCallback(
    async (checked: FieldErrors, send: () => Promise<EditOutcome>) => {
      if (Object.keys(checked).length > 0) {
        setErrors(checked);
        return;
      }
      setBusy(true);
      try {
        const outcome = await send();
        if (!outcome.saved) {
          setErrors(placeProblems(outcome.problems, (path) => document.getElementById(fieldId(path)) !== null));
          return;
        }
        const note = outcome.warnings.length > 0 ? ` Please check: ${outcome.warnings.map((w) => w.message).join(' ')}` : '';
        await editing.afterEdit(outcome.changed ? `Saved: ${outcome.label}.${note}` : `Nothing had changed, so nothing was saved.${note}`, outcome.history);
        onSaved(outcome.id);
      } catch (error) {
        setErrors({ '': asApiError(error).message });
      } finally {
        setBusy(false);
      }
    },
    [editing, onSaved],
  );
  return { errors, busy, save };
}
