/**
 * Shown above an assessment that can no longer be edited in this tab,
 * because another tab saved a newer version (or deleted it) while edits
 * made here were waiting to be saved. It takes focus, since the field the
 * user was typing in has just been disabled.
 */
import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  reason: 'changed' | 'removed';
  /** Drops the edits made here and shows the stored version. */
  onLoadNewest: () => void;
  /** Downloads this tab's version, unsaved edits included, as a file. */
  onKeepMine: () => void;
}

export function StaleNotice({ reason, onLoadNewest, onKeepMine }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    ref.current?.focus();
  }, []);
  return (
    <section ref={ref} className="storage-banner" aria-labelledby={id} tabIndex={-1}>
      <div role="alert">
        <p id={id} className="storage-banner__title">
          {t(reason === 'changed' ? 'storage.stale.title' : 'storage.removed.title')}
        </p>
        <p>{t(reason === 'changed' ? 'storage.stale.body' : 'storage.removed.body')}</p>
      </div>
      <div className="actions">
        {reason === 'changed' && (
          <button type="button" className="button--primary" onClick={onLoadNewest}>
            {t('storage.stale.load')}
          </button>
        )}
        <button type="button" className="button--secondary" onClick={onKeepMine}>
          {t('storage.keepMine')}
        </button>
      </div>
    </section>
  );
}
