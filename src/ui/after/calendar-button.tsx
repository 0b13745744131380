/**
 * "Lägg in påminnelser i kalendern": the follow-up date and each measure's
 * due date as one iCalendar file, in the language chosen for documents
 * (which may differ from the screen's). The screen that knows the
 * assessment does the download; this only asks for it and says what the
 * file holds.
 */
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isLanguage, type Language } from '../../i18n/languages';
import { ReportLanguage } from '../shell/report-language';

interface Props {
  /** How many reminders the file would hold; with none the button is not offered. */
  count: number;
  onDownload: (lang: Language) => Promise<void>;
}

export function CalendarButton({ count, onDownload }: Props) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [lang, setLang] = useState<Language>(() => (isLanguage(i18n.language) ? i18n.language : 'sv'));
  const [status, setStatus] = useState('');
  const download = async () => {
    setStatus('');
    try {
      await onDownload(lang);
      setStatus(t('calendarButton.done', { count }));
    } catch {
      setStatus(t('calendarButton.failed'));
    }
  };
  return (
    <section className="calendar-button" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('calendarButton.heading')}</h2>
      {count === 0 ? (
        <p>{t('calendarButton.none')}</p>
      ) : (
        <>
          <p>{t('calendarButton.intro', { count })}</p>
          <ReportLanguage id={`${id}-lang`} label={t('calendarButton.language')} value={lang} onChange={setLang} />
          <button type="button" className="button--secondary" onClick={() => void download()}>
            {t('calendarButton.download')}
          </button>
        </>
      )}
      <output aria-live="polite" className="calendar-button__status">
        {status}
      </output>
    </section>
  );
}
