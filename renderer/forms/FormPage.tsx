/**
 * The frame every form shares: a heading that takes focus when the form opens, a summary of what
 * needs fixing (linked to each field) after a refused save, the fields, and Save and Cancel.
 * Nothing is sent until the form's own checks pass; nothing is saved until Staffroom accepts it.
 */
import { useEffect, useId, useRef, type FormEvent, type ReactNode } from 'react';
import { fieldId, FormErrors, type FieldErrors } from './form-context';

interface Props {
  title: string;
  intro?: ReactNode;
  errors: FieldErrors;
  busy: boolean;
  saveLabel: string;
  onSave: () => void;
  onCancel: () => void;
  children: ReactNode;
}

export function FormPage({ title, intro, errors, busy, saveLabel, onSave, onCancel, children }: Props) {
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const summary = useRef<HTMLDivElement>(null);
  const entries = Object.entries(errors);

  useEffect(() => heading.current?.focus(), []);
  // After a refused save, focus goes to the summary, which a screen reader then reads out.
  useEffect(() => {
    if (entries.length > 0) summary.current?.focus();
  }, [errors, entries.length]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) onSave();
  };
  const jump = (path: string) => {
    const target = document.getElementById(fieldId(path));
    const control = target?.matches('input, select, textarea, button') ? target : target?.querySelector<HTMLElement>('input, select, textarea, button');
    (control ?? target)?.focus();
  };

  return (
    <FormErrors value={errors}>
      <form className="entity-form" aria-labelledby={headingId} noValidate onSubmit={submit}>
        <h3 id={headingId} ref={heading} tabIndex={-1} className="form-title">{title}</h3>
        {intro && <div className="form-intro">{intro}</div>}
        {entries.length > 0 && (
          <div className="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby={`${headingId}-problems`}>
            <h4 id={`${headingId}-problems`}>Nothing was saved. Please fix:</h4>
            <ul>
              {entries.map(([path, message]) => (
                <li key={path}>
                  {path === '' ? message : (
                    <button type="button" className="link" onClick={() => jump(path)}>{message}</button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        )}
        {children}
        <div className="form-actions">
          <button type="submit" disabled={busy}>{busy ? 'Saving…' : saveLabel}</button>
          <button type="button" className="secondary" onClick={onCancel} disabled={busy}>Cancel</button>
        </div>
      </form>
    </FormErrors>
  );
}
