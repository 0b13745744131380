/**
 * The register page (`#/register`): every assessment shared with the
 * organisation, for those who keep track of them. Offered only where the
 * deployment names a sync server (sync-config.ts); the sync code loads here,
 * on opening, never with the start page.
 *
 * The token comes from the organisation's login, else from the user, who
 * pastes it (sync-token.ts). The state is said in words: connecting, up to
 * date, offline (the lines last received stay), or refused.
 */
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { questionnaires } from '../questionnaire/catalogue';
import type { RegisterLine, RegisterState } from '../sync/register-session';
import { registerQuestionnaire } from '../ui/register/questionnaires';
import type { Translate } from '../ui/register/register-texts';
import { RegisterView } from '../ui/register/register-view';
import { TokenForm } from '../ui/register/token-form';
import { localToday } from './saved-data';
import { syncServerUrl } from './sync-config';
import { findSyncToken, keepPastedToken, type SyncToken } from './sync-token';

const STATE_KEYS: Record<Exclude<RegisterState, 'offline' | 'refused'>, string> = {
  connecting: 'register.state.connecting',
  syncing: 'register.state.syncing',
  synced: 'register.state.synced',
};

const QUESTIONNAIRES = questionnaires.map(registerQuestionnaire);

function stateText(t: Translate, state: RegisterState, token: SyncToken, hasLines: boolean): string {
  if (state === 'refused') return token.source === 'pasted' ? t('register.state.refusedPasted') : t('register.state.refused');
  if (state === 'offline') return hasLines ? t('register.state.offlineKept') : t('register.state.offline');
  return t(STATE_KEYS[state]);
}

export default function RegisterPage({ onHome }: { onHome: () => void }) {
  const { t: translate } = useTranslation();
  const t = translate as Translate;
  const url = syncServerUrl();
  // undefined: still asking the login; null: none found, the user may paste one.
  const [token, setToken] = useState<SyncToken | null | undefined>(undefined);
  const [state, setState] = useState<RegisterState>('connecting');
  const [lines, setLines] = useState<RegisterLine[] | undefined>(undefined);
  const [today] = useState(() => localToday(new Date()));

  useEffect(() => {
    document.title = `${t('register.heading')} – ${t('app.name')}`;
  }, [t]);

  useEffect(() => {
    let alive = true;
    void findSyncToken().then((found) => alive && setToken(found ?? null));
    return () => {
      alive = false;
    };
  }, []);

  useEffect(() => {
    if (!url || !token) return;
    let stopped = false;
    let stop: (() => void) | undefined;
    void import('../sync/register-session').then(({ startRegisterSession }) => {
      if (stopped) return;
      stop = startRegisterSession({ url, token: token.token, onLines: setLines, onState: setState }).stop;
    });
    return () => {
      stopped = true;
      stop?.();
    };
  }, [url, token]);

  // A new token starts over: connecting, with no lines yet.
  const usePasted = (pasted: string) => {
    keepPastedToken(pasted);
    setState('connecting');
    setLines(undefined);
    setToken({ source: 'pasted', token: pasted });
  };
  const forgetPasted = () => {
    keepPastedToken('');
    setState('connecting');
    setLines(undefined);
    setToken(null);
  };

  return (
    <div className="register-page">
      <h1>{t('register.heading')}</h1>
      <p>{t('register.intro')}</p>
      <p>
        <output className="register-page__state">
          {token === undefined ? t('register.token.looking') : token ? stateText(t, state, token, (lines?.length ?? 0) > 0) : ''}
        </output>
      </p>
      {(token === null || (token?.source === 'pasted' && state === 'refused')) && <TokenForm key={token ? 'again' : 'first'} onToken={usePasted} t={t} />}
      {token && state !== 'refused' && lines && <RegisterView lines={lines} today={today} questionnaires={QUESTIONNAIRES} />}
      <p className="register-page__actions">
        {token?.source === 'pasted' && state !== 'refused' && (
          <button type="button" className="button--secondary" onClick={forgetPasted}>
            {t('register.token.change')}
          </button>
        )}{' '}
        <button type="button" className="button--secondary" onClick={onHome}>
          {t('register.back')}
        </button>
      </p>
    </div>
  );
}
