/**
 * The composition root: creates the i18n instance, keeps the language
 * choice, opens storage, and shows the start page or an open assessment
 * according to the URL fragment.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import { createI18n } from '../i18n';
import type { Language } from '../i18n/resources';
import { framework, questionnaires } from '../questionnaire/catalogue';
import type { Repository } from '../storage/repository';
import { Shell } from '../ui/shell/shell';
import { AssessmentSession } from './assessment-session';
import { Home } from './home';
import { initialLanguage, rememberLanguage } from './language';
import { ACCESSIBILITY_HASH, parseRoute, routeHash, type Route } from './routes';
import { useRepository } from './use-repository';

// Few visitors open the statement: it is loaded only then.
const AccessibilityStatement = lazy(() => import('../ui/statement/accessibility-statement').then((m) => ({ default: m.AccessibilityStatement })));

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

interface OpenProps {
  id: string;
  view: 'wizard' | 'results';
  repository: Repository;
  onHome: () => void;
  onView: (view: 'wizard' | 'results') => void;
}

function OpenAssessment({ id, view, repository, onHome, onView }: OpenProps) {
  const { t } = useTranslation();
  const [loaded, setLoaded] = useState<{ id: string; assessment: Assessment | undefined } | undefined>();
  useEffect(() => {
    let alive = true;
    void repository.get(id).then((assessment) => alive && setLoaded({ id, assessment }));
    return () => {
      alive = false;
    };
  }, [id, repository]);
  if (!loaded || loaded.id !== id) return <output>{t('session.loading')}</output>;
  const file = questionnaires.find((q) => q.id === loaded.assessment?.questionnaire.id);
  if (!loaded.assessment || !file) {
    return (
      <>
        <h1>{t('session.missing')}</h1>
        <button type="button" className="button--primary" onClick={onHome}>
          {t('session.home')}
        </button>
      </>
    );
  }
  return (
    <AssessmentSession
      key={id}
      initial={loaded.assessment}
      file={file}
      framework={framework}
      repository={repository}
      view={view}
      onView={onView}
    />
  );
}

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
  const storage = useRepository();
  const [route, go] = useRoute();
  const repository = storage.status === 'ready' ? storage.repository : undefined;

  return (
    <I18nextProvider i18n={i18n}>
      <Shell
        statementHref={ACCESSIBILITY_HASH}
        language={language}
        onLanguageChange={changeLanguage}
        contentVersion={framework.contentVersion}
        onHome={route.name === 'home' ? undefined : () => go({ name: 'home' })}
      >
        {route.name === 'accessibility' ? (
          <Suspense fallback={<output />}>
            <AccessibilityStatement />
          </Suspense>
        ) : route.name !== 'home' && storage.status === 'opening' ? (
          <output>{/* Opening storage takes a moment. */}</output>
        ) : route.name !== 'home' && repository ? (
          <OpenAssessment
            id={route.id}
            view={route.name === 'results' ? 'results' : 'wizard'}
            repository={repository}
            onHome={() => go({ name: 'home' })}
            onView={(view) => go({ name: view === 'results' ? 'results' : 'assessment', id: route.id })}
          />
        ) : (
          <Home
            questionnaires={questionnaires}
            framework={framework}
            repository={repository}
            unavailable={storage.status === 'unavailable'}
            onOpen={(id) => go({ name: 'assessment', id })}
          />
        )}
      </Shell>
    </I18nextProvider>
  );
}
