/**
 * A workshop group hands in its assessment on the sync server: the code
 * (asked for when the copy does not know it, as for a group that joined by
 * typing it), the "Lämna in" button, and what became of the hand-in in
 * words: a status message once the server has it, an alert when it did not
 * arrive, with what to do instead. Texts only; the page hands in.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { showWorkshopCode } from '../../sync/workshop-code';
import type { HandInOutcome } from '../../sync/workshop-hand-in';
import { CodeField } from './code-field';

export type HandInStatus = HandInOutcome | 'sending' | 'no-name' | undefined;

interface Props {
  code: string | undefined;
  status: HandInStatus;
  onHandIn: (code: string) => void;
  /** Forgets the code, for a group that typed a wrong one. */
  onOtherCode: () => void;
}

export function HandInPanel({ code, status, onHandIn, onOtherCode }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const sending = status === 'sending';
  return (
    <section className="hand-in-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('workshopServer.handIn.heading')}</h2>
      <p>{t('workshopServer.handIn.lead')}</p>
      {code ? (
        <>
          <p>
            {t('workshopServer.codeIs')} <strong translate="no">{showWorkshopCode(code)}</strong>{' '}
            <button type="button" className="link-button" onClick={onOtherCode} disabled={sending}>
              {t('workshopServer.handIn.otherCode')}
            </button>
          </p>
          <div className="actions">
            <button type="button" className="button--primary" disabled={sending} onClick={() => onHandIn(code)}>
              {t('workshopServer.handIn.submit')}
            </button>
          </div>
        </>
      ) : (
        <CodeField submitLabel={t('workshopServer.handIn.submit')} busy={sending} onCode={onHandIn} />
      )}
      <p>
        <output>{status === 'sending' ? t('workshopServer.handIn.sending') : status === 'received' ? t('workshopServer.handIn.received') : ''}</output>
      </p>
      <div role="alert">
        {status === 'refused' && <p>{t('workshopServer.handIn.refused')}</p>}
        {status === 'closed' && <p>{t('workshopServer.handIn.closed')}</p>}
        {status === 'invalid' && <p>{t('workshopServer.handIn.invalid')}</p>}
        {status === 'offline' && <p>{t('workshopServer.handIn.offline')}</p>}
        {status === 'no-name' && <p>{t('workshopServer.handIn.noName')}</p>}
      </div>
    </section>
  );
}
