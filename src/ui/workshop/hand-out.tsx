/**
 * Handing out a case from the projector: a full-screen modal with the QR code
 * as large as the screen allows, the link beneath it in type that reads from
 * the back of a room, and the case's title. It is the native `<dialog>`, so
 * the page behind is inert, Escape closes it, and focus goes back to the
 * button that opened it. The QR code library is loaded only when a hand-out
 * is shown.
 */
import { lazy, Suspense, useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { showWorkshopCode } from '../../sync/workshop-code';
import './hand-out.css';

const QrCode = lazy(() => import('./qr-code').then((m) => ({ default: m.QrCode })));

/** `code`: the session's code on the sync server, shown beneath the link for a group that types it when it hands in. */
export function HandOut({ url, title, code, onClose }: { url: string; title: string; code?: string | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  const close = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const dialog = ref.current;
    // Whatever had focus (the button that opened the hand-out) gets it back.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog?.showModal();
    close.current?.focus();
    return () => {
      if (dialog?.open) dialog.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog
      ref={ref}
      className="hand-out"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-how`}
      // Escape asks the browser to close; the owner closes through its own state instead.
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <div className="hand-out__top">
        <h2 id={`${id}-title`} className="hand-out__title">
          {title}
        </h2>
        <button type="button" ref={close} className="button--secondary" onClick={onClose}>
          {t('handOut.close')}
        </button>
      </div>
      <p id={`${id}-how`} className="hand-out__how">
        {t('handOut.how')}
      </p>
      <Suspense fallback={<div className="hand-out__code" />}>
        <QrCode className="hand-out__code" text={url} label={t('handOut.codeLabel', { url })} />
      </Suspense>
      <p className="hand-out__link" translate="no">
        {url}
      </p>
      {code && (
        <p className="hand-out__link">
          {t('workshopServer.codeIs')} <strong translate="no">{showWorkshopCode(code)}</strong>
        </p>
      )}
    </dialog>
  );
}
