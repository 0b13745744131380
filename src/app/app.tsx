/**
 * The composition root: creates the i18n instance, keeps the language
 * choice, and hands the parsed questionnaires to the screens.
 */
import { useCallback, useState } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { createI18n } from '../i18n';
import type { Language } from '../i18n/resources';
import { framework, questionnaires } from '../questionnaire/catalogue';
import { Shell } from '../ui/shell/shell';
import { StartScreen } from '../ui/start/start-screen';
import { initialLanguage, rememberLanguage } from './language';

export function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [i18n] = useState(() => {
    document.documentElement.lang = language;
    return createI18n(language, [initReactI18next]);
  });
  const changeLanguage = useCallback(
    (lang: Language) => {
      rememberLanguage(lang);
      void i18n.changeLanguage(lang);
      setLanguage(lang);
    },
    [i18n],
  );

  return (
    <I18nextProvider i18n={i18n}>
      <Shell language={language} onLanguageChange={changeLanguage} contentVersion={framework.contentVersion}>
        <StartScreen questionnaires={questionnaires} framework={framework} />
      </Shell>
    </I18nextProvider>
  );
}
