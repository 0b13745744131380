/**
 * A colleague's link to a shared assessment (`#/shared/<id>`). An assessment
 * already on this device opens at once, shared. One that is not is read from
 * the organisation's sync server, stored on the device and opened, shared;
 * from then on it is the device's copy as any other, kept in step with the
 * server. Offered only where the deployment names a sync server.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Repository } from '../../storage/repository';
import type { Translate } from '../../ui/register/register-texts';
import { TokenForm } from '../../ui/register/token-form';
import { syncServerUrl } from '../sync-config';
import { findSyncToken, keepPastedToken, nameInToken, type SyncToken } from '../sync-token';
import { sharingTokenTexts } from './token-texts';
import { markShared } from './shared-ids';

type Step = 'checking' | 'looking' | 'no-token' | 'connecting' | 'offline' | 'refused' | 'missing' | 'unreadable' | 'failed';

interface Props {
  id: string;
  repository: Repository;
  onOpened: (id: string) => void;
  onHome: () => void;
}

export default function JoinShared({ id, repository, onOpened, onHome }: Props) {
  const { t: translate } = useTranslation();
  const t = translate as Translate;
  const url = syncServerUrl();
  const [step, setStep] = useState<Step>('checking');
  const [token, setToken] = useState<SyncToken | null | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const opened = useRef(onOpened);
  useEffect(() => {
    opened.current = onOpened;
  });

  useEffect(() => {
    document.title = `${t('sharing.join.heading')} – ${t('app.name')}`;
    heading.current?.focus();
  }, [t]);

  // On this device already: open it, shared.
  useEffect(() => {
    let alive = true;
    void repository.get(id).then(
      async (here) => {
        if (!alive) return;
        if (here) {
          markShared(id, true);
          opened.current(id);
          return;
        }
        setStep('looking');
        const found = await findSyncToken();
        if (!alive) return;
        setToken(found ?? null);
        setStep(found ? 'connecting' : 'no-token');
      },
      () => alive && setStep('failed'),
    );
    return () => {
      alive = false;
    };
  }, [id, repository]);

  useEffect(() => {
    if (!url || !token) return;
    let alive = true;
    let stop: (() => Promise<void>) | undefined;
    void import('../../sync/share').then(({ fetchShared }) => {
      if (!alive) return;
      const fetched = fetchShared({
        url,
        token: token.token,
        id,
        name: nameInToken(token.token) ?? t('sharing.anonymous'),
        onState: (state) => alive && setStep(state === 'offline' ? 'offline' : state === 'refused' ? 'refused' : 'connecting'),
      });
      stop = fetched.stop;
      void fetched.result.then(async (outcome) => {
        if (!alive) return;
        if (outcome.kind !== 'found') return setStep(outcome.kind);
        try {
          await repository.create(outcome.assessment);
          markShared(id, true);
          opened.current(id);
        } catch (error) {
          console.error(error);
          setStep('failed');
        }
      });
    });
    return () => {
      alive = false;
      void stop?.();
    };
  }, [url, token, id, repository, t]);

  const texts: Record<Step, string> = {
    checking: t('sharing.join.checking'),
    looking: t('sharing.state.looking'),
    'no-token': '',
    connecting: t('sharing.join.connecting'),
    offline: t('sharing.join.offline'),
    refused: token?.source === 'pasted' ? t('sharing.state.refusedPasted') : t('sharing.join.refused'),
    missing: t('sharing.join.missing'),
    unreadable: t('sharing.join.unreadable'),
    failed: t('sharing.join.failed'),
  };
  const askToken = step === 'no-token' || (step === 'refused' && token?.source === 'pasted');
  return (
    <div className="join-shared">
      <h1 ref={heading} tabIndex={-1}>
        {t('sharing.join.heading')}
      </h1>
      <p>
        <output>{texts[step]}</output>
      </p>
      {askToken && (
        <TokenForm
          key={step}
          t={t}
          onToken={(pasted) => {
            keepPastedToken(pasted);
            setStep('connecting');
            setToken({ source: 'pasted', token: pasted });
          }}
          texts={sharingTokenTexts(t, t('sharing.join.submit'))}
        />
      )}
      <p>
        <button type="button" className="button--secondary" onClick={onHome}>
          {t('sharing.join.home')}
        </button>
      </p>
    </div>
  );
}
