/**
 * Labelled form fields. Each takes its field path, finds its error in the form's errors, and ties
 * label, hint and error to the control (aria-describedby, aria-invalid), so a screen reader reads
 * them together and the error summary can link straight to the field.
 */
import { type ReactNode } from 'react';
import { fieldId, useFieldError } from './form-context';

interface FieldProps {
  path: string;
  label: string;
  hint?: ReactNode;
  /** A problem worth knowing that does not stop saving (a mistyped-looking UPN). */
  warning?: string | null;
  className?: string;
}

function describedBy(id: string, hint: unknown, error: string | undefined, warning: string | null | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : '', warning ? `${id}-warning` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function Notes({ id, hint, error, warning }: { id: string; hint: ReactNode; error: string | undefined; warning: string | null | undefined }) {
  return (
    <>
      {hint && <p id={`${id}-hint`} className="field-hint">{hint}</p>}
      {error && <p id={`${id}-error`} className="field-error"><span className="visually-hidden">Problem: </span>{error}</p>}
      {warning && <p id={`${id}-warning`} className="field-warning"><span className="visually-hidden">Warning: </span>{warning}</p>}
    </>
  );
}

export function TextField({ path, label, hint, warning, className, value, onChange, type = 'text', autoComplete = 'off', width }: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'date' | 'time';
  autoComplete?: string;
  width?: 'short' | 'medium' | 'long';
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <Notes id={id} hint={hint} error={error} warning={warning} />
      <input
        id={id}
        type={type}
        className={`input-${width ?? 'medium'}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, warning)}
        autoComplete={autoComplete}
        spellCheck={false}
      />
    </div>
  );
}

export function NumberField({ path, label, hint, className, value, onChange, min, max }: FieldProps & {
  value: string;
  onChange: (value: string) => void;
  min?: number;
  max?: number;
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <Notes id={id} hint={hint} error={error} warning={null} />
      <input
        id={id}
        type="number"
        inputMode="numeric"
        className="input-short"
        value={value}
        min={min}
        max={max}
        step={1}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, null)}
      />
    </div>
  );
}

export interface Choice<T extends string> {
  value: T;
  label: string;
}

export function SelectField<T extends string>({ path, label, hint, className, value, onChange, choices }: FieldProps & {
  value: T;
  onChange: (value: T) => void;
  choices: readonly Choice<T>[];
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <div className={`field ${className ?? ''}`}>
      <label htmlFor={id}>{label}</label>
      <Notes id={id} hint={hint} error={error} warning={null} />
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value as T)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, null)}
      >
        {choices.map((c) => (
          <option key={c.value} value={c.value}>{c.label}</option>
        ))}
      </select>
    </div>
  );
}

export function CheckboxField({ path, label, hint, className, checked, onChange }: FieldProps & {
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <div className={`field checkbox ${className ?? ''}`}>
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error, null)}
      />
      <label htmlFor={id}>{label}</label>
      <Notes id={id} hint={hint} error={error} warning={null} />
    </div>
  );
}

/** A set of options ticked independently, e.g. the roles allowed for a group. */
export function CheckboxGroup<T extends string>({ path, label, hint, className, values, onChange, choices, columns }: FieldProps & {
  values: readonly T[];
  onChange: (values: T[]) => void;
  choices: readonly Choice<T>[];
  columns?: boolean;
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  const toggle = (value: T, on: boolean) => {
    const next = new Set(values);
    if (on) next.add(value);
    else next.delete(value);
    // Keep the order of the choices, so saving twice gives the same list.
    onChange(choices.map((c) => c.value).filter((v) => next.has(v)));
  };
  return (
    <fieldset id={id} className={`field group ${className ?? ''}`} aria-describedby={describedBy(id, hint, error, null)} aria-invalid={error ? true : undefined}>
      <legend>{label}</legend>
      <Notes id={id} hint={hint} error={error} warning={null} />
      <div className={columns ? 'choices columns' : 'choices'}>
        {choices.map((c) => (
          <div key={c.value} className="choice">
            <input id={`${id}-${c.value.replace(/[^A-Za-z0-9]+/g, '-')}`} type="checkbox" checked={values.includes(c.value)} onChange={(e) => toggle(c.value, e.target.checked)} />
            <label htmlFor={`${id}-${c.value.replace(/[^A-Za-z0-9]+/g, '-')}`}>{c.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** One choice of a few, shown all at once. */
export function RadioGroup<T extends string>({ path, label, hint, className, value, onChange, choices }: FieldProps & {
  value: T;
  onChange: (value: T) => void;
  choices: readonly Choice<T>[];
}) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <fieldset id={id} className={`field group ${className ?? ''}`} aria-describedby={describedBy(id, hint, error, null)}>
      <legend>{label}</legend>
      <Notes id={id} hint={hint} error={error} warning={null} />
      <div className="choices inline">
        {choices.map((c) => (
          <div key={c.value} className="choice">
            <input id={`${id}-${c.value || 'none'}`} type="radio" name={id} checked={value === c.value} onChange={() => onChange(c.value)} />
            <label htmlFor={`${id}-${c.value || 'none'}`}>{c.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}

/** A group of controls with a legend and one error for all of them (a list editor, the grid). */
export function FieldSet({ path, label, hint, className, children }: FieldProps & { children: ReactNode }) {
  const id = fieldId(path);
  const error = useFieldError(path);
  return (
    <fieldset id={id} tabIndex={-1} className={`field group ${className ?? ''}`} aria-describedby={describedBy(id, hint, error, null)}>
      <legend>{label}</legend>
      <Notes id={id} hint={hint} error={error} warning={null} />
      {children}
    </fieldset>
  );
}
