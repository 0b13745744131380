/**
 * A modal confirmation on the native `<dialog>`: the rest of the page is
 * inert while it is open, focus moves to the safe choice (cancel), Escape
 * cancels, and focus returns to the button that opened it when it closes.
 */
import { useEffect, useId, useRef, type ReactNode, type RefObject } from 'react';

interface Props {
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** Receives focus again when the dialog closes. */
  returnFocus: RefObject<HTMLElement | null>;
}

export function ConfirmDialog({ title, children, confirmLabel, cancelLabel, onConfirm, onCancel, returnFocus }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    // The opener stays on the page while the dialog is open.
    const opener = returnFocus.current;
    dialog?.showModal();
    cancel.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, [returnFocus]);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      // Escape asks the browser to cancel; we close through our own state instead.
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <div id={`${id}-body`}>{children}</div>
      <div className="actions">
        <button type="button" className="button--warning" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" ref={cancel} className="button--secondary" onClick={onCancel}>
          {cancelLabel}
        </button>
      </div>
    </dialog>
  );
}
