/**
 * The warning that work is kept only in this tab: the browser would not let
 * us store it (private mode, a policy) or ran out of space. It is an alert,
 * announced as soon as it appears, with the one action that saves the work:
 * downloading it as files.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  reason: 'unavailable' | 'quota';
  /** Downloads every assessment as a file; resolves with how many. */
  onExport: () => Promise<number>;
}

export function StorageBanner({ reason, onExport }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const [exported, setExported] = useState<number | undefined>();
  return (
    <section className="storage-banner" aria-labelledby={id}>
      <div role="alert">
        <p id={id} className="storage-banner__title">
          {t(reason === 'quota' ? 'storage.quota.title' : 'storage.unavailable.title')}
        </p>
        <p>{t(reason === 'quota' ? 'storage.quota.body' : 'storage.unavailable.body')}</p>
      </div>
      <div className="actions">
        <button type="button" className="button--primary" onClick={() => void onExport().then(setExported)}>
          {t('storage.exportNow')}
        </button>
        <output>{exported === undefined ? '' : t('storage.exported', { count: exported })}</output>
      </div>
    </section>
  );
}
