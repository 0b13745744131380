/**
 * "Dela med kollegor" in the assessment's side column: a button while the
 * assessment is not shared; once shared, the state of the sync in words, who
 * else has it open now and in which step, the link colleagues open it with,
 * and a way to stop sharing on this device. The state is a polite live
 * region, as the save status beside it is; who comes and goes is not
 * announced, only shown.
 */
import { useId, type ReactNode } from 'react';
import type { SyncState } from '../../sync/session';
import { useSubjectTranslation } from '../subject';
import './sharing.css';

/** Off; looking for a token; none found (the user may paste one); starting; or the sync's own state. */
export type SharingStatus = 'off' | 'looking' | 'no-token' | 'starting' | SyncState;

export interface Presence {
  clientId: number;
  name: string;
  /** The title of the step they have open, when they say. */
  where?: string;
}

interface Props {
  status: SharingStatus;
  readOnly: boolean;
  /** The token was pasted: a refusal asks for another. */
  pasted: boolean;
  colleagues: Presence[];
  /** The address colleagues open the shared assessment with. */
  link: string;
  /** Where a reader (a reviewer) reviews it. */
  reviewLink: string;
  onStart: () => void;
  onStop: () => void;
  /** The form for pasting a token, shown when none was found or a pasted one was refused. */
  tokenForm: ReactNode;
  /** What happened that the user should know (sharing stopped, a differing copy kept). */
  notice?: string;
}

export function SharingPanel({ status, readOnly, pasted, colleagues, link, reviewLink, onStart, onStop, tokenForm, notice }: Props) {
  const { t } = useSubjectTranslation();
  const id = useId();
  const stateText: Record<SharingStatus, string> = {
    off: '',
    looking: t('sharing.state.looking'),
    'no-token': t('sharing.state.noToken'),
    starting: t('sharing.state.starting'),
    offline: t('sharing.state.offline'),
    syncing: t('sharing.state.syncing'),
    synced: t('sharing.state.synced'),
    refused: pasted ? t('sharing.state.refusedPasted') : t('sharing.state.refused'),
  };
  const askToken = status === 'no-token' || (status === 'refused' && pasted);

  return (
    <section className="sharing" aria-label={t('sharing.label')}>
      {status === 'off' ? (
        <>
          <button type="button" className="button--secondary sharing__start" aria-describedby={`${id}-hint`} onClick={onStart}>
            {t('sharing.start')}
          </button>
          <p id={`${id}-hint`} className="hint">
            {t('sharing.startHint')}
          </p>
        </>
      ) : (
        <>
          <p className="sharing__title">{t('sharing.title')}</p>
          <output className="sharing__state">{stateText[status]}</output>
          {readOnly && (
            <p className="sharing__read-only">
              {t('sharing.readOnly')} <a href={reviewLink}>{t('sharing.review')}</a>
            </p>
          )}
          {askToken && tokenForm}
          {(status === 'syncing' || status === 'synced' || status === 'offline') && (
            <>
              <p className="sharing__who-title">{t('sharing.here')}</p>
              {colleagues.length === 0 ? (
                <p className="sharing__nobody">{t('sharing.nobody')}</p>
              ) : (
                <ul className="sharing__who">
                  {colleagues.map((c) => (
                    <li key={c.clientId}>{c.where ? t('sharing.colleagueIn', { name: c.name, where: c.where }) : c.name}</li>
                  ))}
                </ul>
              )}
              <label className="label" htmlFor={`${id}-link`}>
                {t('sharing.link')}
              </label>
              <p id={`${id}-link-hint`} className="hint">
                {t('sharing.linkHint')}
              </p>
              <input id={`${id}-link`} className="sharing__link" type="text" readOnly value={link} aria-describedby={`${id}-link-hint`} onFocus={(e) => e.target.select()} />
            </>
          )}
          <button type="button" className="button--secondary sharing__stop" aria-describedby={`${id}-stop-hint`} onClick={onStop}>
            {t('sharing.stop')}
          </button>
          <p id={`${id}-stop-hint`} className="hint">
            {t('sharing.stopHint')}
          </p>
        </>
      )}
      {notice && (
        <p className="notice sharing__notice">
          <output>{notice}</output>
        </p>
      )}
    </section>
  );
}
