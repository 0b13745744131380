/**
 * The autosave status line ("Sparat 14:02"), a polite live region. While
 * work is kept only in memory, "saved" would mislead: it says the work stays
 * in this tab until it is exported.
 */
import { useTranslation } from 'react-i18next';
import type { AutosaveStatus } from '../storage/autosave';
import { ConflictError } from '../storage/errors';

export function SaveStatus({ status, memoryOnly = false }: { status: AutosaveStatus | null; memoryOnly?: boolean }) {
  const { t, i18n } = useTranslation();
  let text = '';
  if (status?.state === 'saving') text = t('save.saving');
  else if (status?.state === 'saved') {
    const time = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { hour: '2-digit', minute: '2-digit' }).format(status.at);
    text = memoryOnly ? t('storage.savedInTab', { time }) : t('save.saved', { time });
  } else if (status?.state === 'error') text = status.error instanceof ConflictError ? t('save.conflict') : t('save.failed');
  return (
    <output className={`save-status${status?.state === 'error' ? ' save-status--error' : ''}`}>{text}</output>
  );
}
