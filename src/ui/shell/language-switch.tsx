/**
 * Two buttons, each naming its language in that language (and marked with
 * `lang`, so a screen reader pronounces "English" in English). The current
 * one is `aria-pressed`.
 */
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../i18n/languages';

interface Props {
  language: Language;
  onChange: (lang: Language) => void;
}

export function LanguageSwitch({ language, onChange }: Props) {
  const { t } = useTranslation();
  return (
    <fieldset className="language-switch">
      <legend className="visually-hidden">{t('language.label')}</legend>
      {LANGUAGES.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          aria-pressed={lang === language}
          onClick={() => onChange(lang)}
        >
          {t(`language.${lang}`)}
        </button>
      ))}
    </fieldset>
  );
}
