/**
 * The composition root: creates the i18n instance, keeps the language
 * choice, opens storage, and shows the start page or an open assessment
 * according to the URL fragment.
 */
import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { I18nextProvider, initReactI18next, useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import { adoptContentVersion } from '../assessment/earlier';
import { createI18n } from '../i18n';
import type { Language } from '../i18n/resources';
import { framework, glossary, questionnaires } from '../questionnaire/catalogue';
import type { ChangeFeed } from '../storage/changes';
import type { Repository } from '../storage/repository';
import { openWithBackup } from '../storage/restore-backup';
import { removeBackup, type UnloadBackup } from '../storage/unload-backup';
import { Shell } from '../ui/shell/shell';
import { StorageBanner } from '../ui/shell/storage-banner';
import { BackupNotice } from '../ui/wizard/backup-notice';
import { AssessmentSession } from './assessment-session';
import { downloadAssessment, exportWork } from './export-work';
import { Home } from './home';
import { initialLanguage, rememberLanguage } from './language';
import { ModelProviders } from './model-providers';
import { ACCESSIBILITY_HASH, parseRoute, routeHash, type Route } from './routes';
import { useLeaveWarning } from './use-leave-warning';
import { useRepository } from './use-repository';
import { backupStorage } from './use-unload-backup';
import { useWorkshopMode } from './workshop-mode';

// The glossary page is code-split: most sessions never open it.
const GlossaryPage = lazy(() => import('../ui/glossary/glossary-page'));

// Few visitors open the statement: it is loaded only then.
const AccessibilityStatement = lazy(() => import('../ui/statement/accessibility-statement').then((m) => ({ default: m.AccessibilityStatement })));
// The comparison is for trainers only: its code is loaded when it is opened.
const ComparePage = lazy(() => import('./compare-page'));
// Opening a share link is rare: its screen and codec load only then.
const OpenShared = lazy(() => import('./open-shared'));

function useRoute(): [Route, (route: Route) => void, (route: Route) => void] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
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

interface OpenProps {
  id: string;
  view: 'wizard' | 'results';
  repository: Repository;
  changes: ChangeFeed | undefined;
  /** Work is kept only in this tab's memory. */
  memoryOnly: boolean;
  onHome: () => void;
  onView: (view: 'wizard' | 'results') => void;
}

function OpenAssessment({ id, view, repository, changes, memoryOnly, onHome, onView }: OpenProps) {
  const { t, i18n } = useTranslation();
  const [loaded, setLoaded] = useState<{ id: string; assessment: Assessment | undefined; leftover?: UnloadBackup } | undefined>();
  // With nothing stored on disk, a backup could never be added on the next open.
  const [backups] = useState(() => (memoryOnly ? undefined : backupStorage()));
  useEffect(() => {
    let alive = true;
    // Text left unsaved as the page last closed is added first, so the session starts from it.
    void openWithBackup(repository, backups, id).then(({ assessment, leftover }) => alive && setLoaded({ id, assessment, leftover }));
    return () => {
      alive = false;
    };
  }, [id, repository, backups]);
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
  const { leftover } = loaded;
  const discardLeftover = () => {
    if (backups) removeBackup(backups, id, { slot: 'aside' });
    setLoaded({ ...loaded, leftover: undefined });
  };
  return (
    <>
    {leftover && <BackupNotice onDownload={() => downloadAssessment(file, leftover.assessment, i18n.language)} onDiscard={discardLeftover} />}
    <AssessmentSession
      // A newer version saved in another tab restarts the session from it.
      key={`${id}@${loaded.assessment.revision}`}
      // A record saved under another questionnaire version opens on the current one; the next save stores that.
      initial={adoptContentVersion(file, framework, loaded.assessment)}
      changes={changes}
      onNewer={(assessment) => setLoaded((prev) => ({ id, assessment, leftover: prev?.leftover }))}
      file={file}
      framework={framework}
      repository={repository}
      view={view}
      onView={onView}
      backups={backups}
      memoryOnly={memoryOnly}
    />
    </>
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
  const [workshopMode, setWorkshopMode] = useWorkshopMode();
  const storage = useRepository();
  const [route, go, replace] = useRoute();
  const repository = storage.status === 'ready' ? storage.repository : undefined;
  const memory = storage.status === 'ready' && storage.mode.kind === 'memory' ? storage.mode : undefined;
  useLeaveWarning(storage.status === 'ready' ? storage.repository : undefined);

  return (
    <I18nextProvider i18n={i18n}>
      <ModelProviders workshopMode={workshopMode}>
      <Shell
        statementHref={ACCESSIBILITY_HASH}
        language={language}
        onLanguageChange={changeLanguage}
        contentVersion={framework.contentVersion}
        onHome={route.name === 'home' ? undefined : () => go({ name: 'home' })}
        notice={repository && memory && <StorageBanner reason={memory.reason} onExport={() => exportWork(repository, language)} />}
        workshop={workshopMode}
        onWorkshopChange={setWorkshopMode}
      >
        {route.name === 'accessibility' ? (
          <Suspense fallback={<output />}>
            <AccessibilityStatement />
          </Suspense>
        ) : route.name === 'glossary' ? (
          <Suspense fallback={<output>{i18n.t('glossary.loading')}</output>}>
            <GlossaryPage glossary={glossary} term={route.term} />
          </Suspense>
        ) : route.name === 'share' ? (
          <Suspense fallback={<output />}>
            <OpenShared
              data={route.data}
              repository={repository}
              onOpened={(id) => replace({ name: 'assessment', id })}
              onHome={() => go({ name: 'home' })}
            />
          </Suspense>
        ) : route.name === 'compare' ? (
          <Suspense fallback={<output>{/* Loading the comparison takes a moment. */}</output>}>
            <ComparePage />
          </Suspense>
        ) : route.name !== 'home' && storage.status === 'opening' ? (
          <output>{/* Opening storage takes a moment. */}</output>
        ) : route.name !== 'home' && repository ? (
          <OpenAssessment
            id={route.id}
            view={route.name === 'results' ? 'results' : 'wizard'}
            repository={repository}
            changes={storage.status === 'ready' ? storage.changes : undefined}
            memoryOnly={memory !== undefined}
            onHome={() => go({ name: 'home' })}
            onView={(view) => go({ name: view === 'results' ? 'results' : 'assessment', id: route.id })}
          />
        ) : (
          <Home
            questionnaires={questionnaires}
            framework={framework}
            repository={repository}
            changes={storage.status === 'ready' ? storage.changes : undefined}
            unavailable={memory !== undefined}
            onOpen={(id) => go({ name: 'assessment', id })}
          />
        )}
      </Shell>
      </ModelProviders>
    </I18nextProvider>
  );
}
