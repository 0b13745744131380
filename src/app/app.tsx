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
import { frameworkOverview, questionnaireOverviews } from '../questionnaire/overviews';
import { Shell } from '../ui/shell/shell';
import { StorageBanner } from '../ui/shell/storage-banner';
import { Home } from './home';
import { initialLanguage, rememberLanguage } from './language';
import { ModelProviders } from './model-providers';
import { markReady } from './ready';
import { ACCESSIBILITY_HASH, parseRoute, routeHash, type Route } from './routes';
import { useLeaveWarning } from './use-leave-warning';
import { useRepository } from './use-repository';
import { useWorkshopMode } from './workshop-mode';

// Every screen but the start page loads when first shown, behind this one module (./screens.tsx): the first
// load then carries one entry for all of them, not the list of every screen's files.
const Screens = lazy(() => import('./screens'));

function Loading() {
  const { t } = useTranslation();
  return <output>{t('session.loading')}</output>;
}

function useRoute(): [Route, (route: Route) => void, (route: Route) => void] {
  // The build prerenders the start page, where there is no address.
  const [route, setRoute] = useState<Route>(() => (typeof window === 'undefined' ? { name: 'home' } : parseRoute(window.location.hash)));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const go = useCallback((next: Route) => {
    window.location.hash = routeHash(next);
  }, []);
  // Replaces the current entry, so that what was in the address (a share link's data) leaves the history.
  const replace = useCallback((next: Route) => {
    window.history.replaceState(window.history.state, '', routeHash(next));
    setRoute(next);
  }, []);
  return [route, go, replace];
}

interface Props {
  /** The language to start in; by default the saved choice or the page's (see language.ts). The build passes it. */
  language?: Language;
}

export function App({ language: given }: Props = {}) {
  const [language, setLanguage] = useState<Language>(() => given ?? initialLanguage());
  const [i18n] = useState(() => {
    if (typeof document !== 'undefined') document.documentElement.lang = language;
    // The active language's start page texts were loaded before the first render (main.tsx).
    return createI18nWith(loadedLanguages(), language, [initReactI18next]);
  });
  const changeLanguage = useCallback(
    (lang: Language) => {
      const apply = () => {
        rememberLanguage(lang);
        void i18n.changeLanguage(lang);
        setLanguage(lang);
      };
      // The other language's texts (all of them, as any screen may be open) load on first use;
      // once there, switching is immediate.
      if (hasLanguage(i18n, lang)) apply();
      else void ensureLanguage(i18n, lang).then(apply);
    },
    [i18n],
  );
  const [workshopMode, setWorkshopMode] = useWorkshopMode();
  const storage = useRepository();
  const [route, go, replace] = useRoute();
  const repository = storage.status === 'ready' ? storage.repository : undefined;
  const memory = storage.status === 'ready' && storage.mode.kind === 'memory' ? storage.mode : undefined;
  useLeaveWarning(storage.status === 'ready' ? storage.repository : undefined);
  // The page's description follows the language, as the build wrote it into each language's page.
  useEffect(() => {
    document.querySelector('meta[name="description"]')?.setAttribute('content', i18n.getFixedT(language)('app.description'));
  }, [i18n, language]);
  // Last of the first commit's effects (a parent's run after its children's): the page now answers input.
  useEffect(markReady, []);

  return (
    <I18nextProvider i18n={i18n}>
      <ModelProviders workshopMode={workshopMode} onWorkshopModeChange={setWorkshopMode}>
      <Shell
        statementHref={ACCESSIBILITY_HASH}
        language={language}
        onLanguageChange={changeLanguage}
        contentVersion={frameworkOverview.contentVersion}
        onHome={route.name === 'home' ? undefined : () => go({ name: 'home' })}
        notice={repository && memory && <StorageBanner reason={memory.reason} onExport={async () => (await import('./export-work')).exportWork(repository, language)} />}
        workshop={workshopMode}
        onWorkshopChange={setWorkshopMode}
      >
        {route.name === 'home' ? (
          <Home
            questionnaires={questionnaireOverviews}
            framework={frameworkOverview}
            repository={repository}
            changes={storage.status === 'ready' ? storage.changes : undefined}
            unavailable={memory !== undefined}
            onOpen={(id) => go({ name: 'assessment', id })}
          />
        ) : (
          <Suspense fallback={<Loading />}>
            <Screens route={route} storage={storage} go={go} replace={replace} onLanguage={changeLanguage} />
          </Suspense>
        )}
      </Shell>
      </ModelProviders>
    </I18nextProvider>
  );
}
