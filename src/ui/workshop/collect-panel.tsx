/**
 * Collecting the groups' hand-ins on the sync server, in the projected
 * view's tools: before it starts, one button; then the code (large enough to
 * read from the back of the room), how many groups have handed in (a polite
 * live region, so a screen reader hears the count grow), whether the
 * session is open and how the connection is, and the buttons to show the
 * code with its QR code and to close the session. Texts only; the page owns
 * the session.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { showWorkshopCode } from '../../sync/workshop-code';
import type { CollectionState } from '../../sync/workshop-trainer';
import './collect-panel.css';

interface Props {
  /** undefined until the trainer starts collecting. */
  code: string | undefined;
  state: CollectionState;
  count: number;
  /** undefined until the session's document is read. */
  open: boolean | undefined;
  onStart: () => void;
  /** Shows the code and the groups' link as a QR code; absent when there is no case to link to. */
  onShowCode: (() => void) | undefined;
  onClose: () => void;
}

export function CollectPanel({ code, state, count, open, onStart, onShowCode, onClose }: Props) {
  const { t } = useTranslation();
  const id = useId();
  if (!code) {
    return (
      <>
        <button type="button" className="button--secondary" onClick={onStart} aria-describedby={`${id}-hint`}>
          {t('workshopServer.collect')}
        </button>
        <p id={`${id}-hint`} className="projected__hint">
          {t('workshopServer.collectHint')}
        </p>
      </>
    );
  }
  const status =
    state === 'refused'
      ? t('workshopServer.state.refused')
      : state === 'offline'
        ? t('workshopServer.state.offline')
        : state !== 'synced' || open === undefined
          ? t('workshopServer.state.connecting')
          : open
            ? t('workshopServer.state.open')
            : t('workshopServer.state.closed');
  return (
    <section className="collect-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="projected__kicker">
        {t('workshopServer.heading')}
      </h2>
      <p className="collect-panel__code">
        {t('workshopServer.codeIs')} <strong translate="no">{showWorkshopCode(code)}</strong>
      </p>
      <p>
        <output aria-live="polite">{count === 0 ? t('workshopServer.countNone') : t('workshopServer.count', { count })}</output>
      </p>
      <p>
        <output>{status}</output>
      </p>
      <div className="projected__tools">
        {onShowCode && (
          <button type="button" className="button--secondary" onClick={onShowCode}>
            {t('workshopServer.showCode')}
          </button>
        )}
        {open && (
          <button type="button" className="link-button" onClick={onClose}>
            {t('workshopServer.close')}
          </button>
        )}
      </div>
    </section>
  );
}
