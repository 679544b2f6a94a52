/**
 * A modal dialog on the native <dialog> element: it keeps focus inside, closes on Escape, and
 * returns focus to where it was when it closes. Used to confirm deleting and importing.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  /** Wider, for lists of problems. */
  wide?: boolean;
}

export function Dialog({ title, onClose, children, wide }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    return () => {
      if (dialog?.open) dialog.close();
      before?.focus();
    };
  }, []);
  return (
    <dialog ref={ref} className={wide ? 'dialog wide' : 'dialog'} aria-labelledby={headingId} onCancel={(e) => { e.preventDefault(); onClose(); }}>
      <h2 id={headingId}>{title}</h2>
      {children}
    </dialog>
  );
}
