/**
 * Shown above an assessment when text left unsaved as the page last closed
 * could not be added, because the stored assessment has changed since then
 * (another tab saved). The text is never written over the newer version;
 * the user can download it as a file or discard it.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  onDownload: () => void;
  onDiscard: () => void;
}

export function BackupNotice({ onDownload, onDiscard }: Props) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="storage-banner" aria-labelledby={id}>
      <div role="alert">
        <p id={id} className="storage-banner__title">
          {t('unload.title')}
        </p>
        <p>{t('unload.body')}</p>
      </div>
      <div className="actions">
        <button type="button" className="button--primary" onClick={onDownload}>
          {t('unload.download')}
        </button>
        <button type="button" className="button--secondary" onClick={onDiscard}>
          {t('unload.discard')}
        </button>
      </div>
    </section>
  );
}
