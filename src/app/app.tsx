/**
 * The composition root: creates the i18n instance, keeps the language
 * choice, opens storage, and shows the start page or an open assessment
 * according to the URL fragment. Only the start page is in the first page
 * load; every other screen is loaded with `lazy` when first shown.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import { createI18nWith } from '../i18n/instance';
import type { Language } from '../i18n/languages';
import { ensureLanguage, hasLanguage, loadedLanguages } from '../i18n/load';
import { questionnaireOverviews, shippedFramework } from '../questionnaire/shipped';
import { Shell } from '../ui/shell/shell';
import { Home } from './home';
import { initialLanguage, rememberLanguage } from './language';
import { parseRoute, routeHash, type Route } from './routes';
import { useRepository } from './use-repository';

const OpenAssessment = lazy(() => import('./open-assessment').then((m) => ({ default: m.OpenAssessment })));

function Loading() {
  const { t } = useTranslation();
  return <output>{t('session.loading')}</output>;
}

function useRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  return [route, go];
}

export function App() {
  const [language, setLanguage] = useState<Language>(initialLanguage);
  const [i18n] = useState(() => {
    document.documentElement.lang = language;
    // The active language was loaded before the first render (main.tsx).
    return createI18nWith(loadedLanguages(), language, [initReactI18next]);
  });
  const changeLanguage = useCallback(
    (lang: Language) => {
      const apply = () => {
        rememberLanguage(lang);
        void i18n.changeLanguage(lang);
        setLanguage(lang);
      };
      // The other language's texts load on first use; once there, switching is immediate.
      if (hasLanguage(i18n, lang)) apply();
      else void ensureLanguage(i18n, lang).then(apply);
    },
    [i18n],
  );
  const storage = useRepository();
  const [route, go] = useRoute();
  const repository = storage.status === 'ready' ? storage.repository : undefined;

  return (
    <I18nextProvider i18n={i18n}>
      <Shell
        language={language}
        onLanguageChange={changeLanguage}
        contentVersion={shippedFramework.contentVersion}
        onHome={route.name === 'home' ? undefined : () => go({ name: 'home' })}
      >
        {route.name !== 'home' && storage.status === 'opening' ? (
          <output>{/* Opening storage takes a moment. */}</output>
        ) : route.name !== 'home' && repository ? (
          <Suspense fallback={<Loading />}>
            <OpenAssessment
              id={route.id}
              view={route.name === 'results' ? 'results' : 'wizard'}
              repository={repository}
              onHome={() => go({ name: 'home' })}
              onView={(view) => go({ name: view === 'results' ? 'results' : 'assessment', id: route.id })}
            />
          </Suspense>
        ) : (
          <Home
            questionnaires={questionnaireOverviews}
            framework={shippedFramework}
            repository={repository}
            unavailable={storage.status === 'unavailable'}
            onOpen={(id) => go({ name: 'assessment', id })}
          />
        )}
      </Shell>
    </I18nextProvider>
  );
}
