/**
 * Every screen but the start page, chosen by the address. Loaded by the app
 * (app.tsx) the first time one of them is shown, so the first load carries
 * none of their code and not even the list of their files; each screen's own
 * code loads in turn when it is opened.
 */
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../i18n/languages';
import { AllTexts } from './all-texts';
import { routeHash, type Route } from './routes';
import type { RepositoryState } from './use-repository';
import { rememberWorkshopCode } from './workshop-code-store';

// Every screen here is shown inside AllTexts: their texts are not in the first load (see all-texts.tsx).
// The assessment screens (wizard, forms, machine, results) load when one is opened.
const OpenAssessment = lazy(() => import('./open-assessment').then((m) => ({ default: m.OpenAssessment })));
// The glossary page is code-split: most sessions never open it.
const GlossaryRoute = lazy(() => import('./glossary-route'));
// Few visitors open the statement: it is loaded only then.
const AccessibilityStatement = lazy(() => import('../ui/statement/accessibility-statement').then((m) => ({ default: m.AccessibilityStatement })));
// The comparison is for trainers only: its code is loaded when it is opened.
const ComparePage = lazy(() => import('./compare-page'));
// Opening a share or workshop link is rare: its screen and codec load only then.
const OpenShared = lazy(() => import('./open-shared'));
// Workshops: the projected view and the trainer's window load only when opened.
const WorkshopPage = lazy(() => import('./workshop-page'));
const TrainerPage = lazy(() => import('./trainer-page'));
// Life after the decision (a second person's review, the decision on record, follow-ups): each page loads when opened.
const ReviewerPage = lazy(() => import('./reviewer-page'));
const DecisionPage = lazy(() => import('./decision-page'));
const FollowUpPage = lazy(() => import('./follow-up-page'));
// The register (where sync is switched on): the page and, from it, the sync code load only when opened.
const RegisterPage = lazy(() => import('./register-page'));
// A colleague's link to a shared assessment (where sync is switched on): loads only when opened.
const JoinShared = lazy(() => import('./sharing/join-shared'));

function Loading() {
  const { t } = useTranslation();
  return <output>{t('session.loading')}</output>;
}

interface Props {
  route: Exclude<Route, { name: 'home' }>;
  storage: RepositoryState;
  /** Goes to another screen (a new history entry). */
  go: (route: Route) => void;
  /** Replaces the current address without a new history entry. */
  replace: (route: Route) => void;
  onLanguage: (lang: Language) => void;
}

export default function Screens({ route, storage, go, replace, onLanguage }: Props) {
  const { i18n } = useTranslation();
  const repository = storage.status === 'ready' ? storage.repository : undefined;
  const memory = storage.status === 'ready' && storage.mode.kind === 'memory' ? storage.mode : undefined;
  const home = () => go({ name: 'home' });
  if (route.name === 'accessibility') {
    return (
      <Suspense fallback={<output />}>
        <AllTexts>
          <AccessibilityStatement />
        </AllTexts>
      </Suspense>
    );
  }
  if (route.name === 'glossary') {
    return (
      <Suspense fallback={<output>{i18n.t('glossary.loading')}</output>}>
        <AllTexts>
          <GlossaryRoute term={route.term} />
        </AllTexts>
      </Suspense>
    );
  }
  if (route.name === 'share' || route.name === 'join') {
    return (
      <Suspense fallback={<output />}>
        <AllTexts>
          <OpenShared
            link={route.name === 'share' ? { kind: 'share', data: route.data } : { kind: 'join', lang: route.lang, source: route.source }}
            {...(route.lang ? { lang: route.lang } : {})}
            repository={repository}
            onLanguage={onLanguage}
            // The copy's address replaces the link's, without leaving the page: a reload opens the copy.
            onCopied={(id) => {
              // A group that joined a workshop collected on the server hands in under the link's code.
              if (route.name === 'join' && route.code) rememberWorkshopCode(id, route.code);
              window.history.replaceState(window.history.state, '', routeHash({ name: 'assessment', id }));
            }}
            onOpened={(id) => replace({ name: 'assessment', id })}
            onHome={home}
          />
        </AllTexts>
      </Suspense>
    );
  }
  if (route.name === 'workshop' || route.name === 'trainer') {
    return (
      <Suspense fallback={<output />}>
        <AllTexts>{route.name === 'workshop' ? <WorkshopPage /> : <TrainerPage />}</AllTexts>
      </Suspense>
    );
  }
  if (route.name === 'register') {
    return (
      <Suspense fallback={<Loading />}>
        <AllTexts>
          <RegisterPage onHome={home} />
        </AllTexts>
      </Suspense>
    );
  }
  if (route.name === 'compare') {
    return (
      <Suspense fallback={<output>{/* Loading the comparison takes a moment. */}</output>}>
        <AllTexts>
          <ComparePage />
        </AllTexts>
      </Suspense>
    );
  }
  // Opening storage takes a moment.
  if (!repository) return <output />;
  if (route.name === 'shared') {
    return (
      <Suspense fallback={<Loading />}>
        <AllTexts>
          <JoinShared id={route.id} repository={repository} onOpened={(id) => replace({ name: 'assessment', id })} onHome={home} />
        </AllTexts>
      </Suspense>
    );
  }
  if (route.name === 'peer-review' || route.name === 'decision' || route.name === 'follow-up') {
    return (
      <Suspense fallback={<Loading />}>
        <AllTexts>
          {route.name === 'peer-review' ? (
            <ReviewerPage id={route.id} repository={repository} onHome={home} onResults={() => go({ name: 'results', id: route.id })} />
          ) : route.name === 'decision' ? (
            <DecisionPage id={route.id} repository={repository} onHome={home} onFollowUp={() => go({ name: 'follow-up', id: route.id })} />
          ) : (
            <FollowUpPage
              id={route.id}
              {...(route.followUpId ? { followUpId: route.followUpId } : {})}
              repository={repository}
              onHome={home}
              // Each follow-up opened gets its own address, so a reload or the back button returns to it.
              onOpen={(followUpId) => go(followUpId ? { name: 'follow-up', id: route.id, followUpId } : { name: 'follow-up', id: route.id })}
            />
          )}
        </AllTexts>
      </Suspense>
    );
  }
  return (
    <Suspense fallback={<Loading />}>
      <AllTexts>
        <OpenAssessment
          id={route.id}
          view={route.name === 'results' ? 'results' : 'wizard'}
          repository={repository}
          changes={storage.status === 'ready' ? storage.changes : undefined}
          memoryOnly={memory !== undefined}
          onHome={home}
          onView={(view) => go({ name: view === 'results' ? 'results' : 'assessment', id: route.id })}
        />
      </AllTexts>
    </Suspense>
  );
}
