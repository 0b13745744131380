/**
 * Says that a form shows text typed earlier and not yet saved (kept by
 * src/app/use-form-draft.ts), and offers to go back to what is saved.
 */
import { useTranslation } from 'react-i18next';
import { dateTime } from '../../i18n/dates';
import { isLanguage } from '../../i18n/languages';
import './draft-notice.css';

export function DraftNotice({ at, onDiscard }: { at: Date; onDiscard: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  return (
    <output className="notice draft-notice">
      <span>{t('formDraft.restored', { time: dateTime(at, lang) })}</span>
      <button type="button" className="button--secondary" onClick={onDiscard}>
        {t('formDraft.discard')}
      </button>
    </output>
  );
}
