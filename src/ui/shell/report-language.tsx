/**
 * The language choice for a downloaded document (report, worksheet,
 * comparison), which may differ from the interface language. Each option is
 * marked with its own language so screen readers say "English" in English.
 */
import { useTranslation } from 'react-i18next';
import { isLanguage, LANGUAGES, type Language } from '../../i18n/languages';

interface Props {
  id: string;
  label: string;
  value: Language;
  onChange: (lang: Language) => void;
}

export function ReportLanguage({ id, label, value, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <div className="pdf__language">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => isLanguage(e.target.value) && onChange(e.target.value)}>
        {LANGUAGES.map((l) => (
          <option key={l} value={l} lang={l}>
            {t(`language.${l}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
