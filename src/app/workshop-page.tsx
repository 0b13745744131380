/**
 * The workshop's projected view, and before it starts its set-up. Loaded
 * with React.lazy when `#/workshop` is opened. Starting a workshop switches
 * workshop mode (the presenter view) on; the state lives in the session
 * store, so the trainer's window and a reload see the same part and timer.
 * Where the deployment has a sync server and the user is a trainer, the
 * groups' hand-ins can be collected there (workshop-collect.tsx).
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { joinLink } from '../assessment/share-link';
import { isLanguage, type Language } from '../i18n/languages';
import { questionnaires } from '../questionnaire/catalogue';
import { planFor, plansFor, type Plan } from '../questionnaire/workshop';
import { ConfirmDialog } from '../ui/workshop/confirm-dialog';
import { HandOut } from '../ui/workshop/hand-out';
import { usePartTitle } from '../ui/workshop/part-text';
import { ProjectedView } from '../ui/workshop/projected-view';
import { useNow } from '../ui/workshop/use-now';
import { WorkshopClock } from '../ui/workshop/workshop-clock';
import { useWorkshop } from '../ui/workshop/workshop-context';
import { WorkshopSetup } from '../ui/workshop/workshop-setup';
import { routeHash } from './routes';
import { useWorkshopCases } from './workshop-cases';
import { WorkshopCollect } from './workshop-collect';
import { joinLinkWithCode } from './workshop-server';
import { clock, gotoPart, isRunning, pause, resume, startSession, timeLeft, type WorkshopSession } from './workshop-session';
import { updateSession, useWorkshopSession } from './workshop-session-store';

/** The clock of the running part, with Pause/Resume that drives every window. */
export function SessionClock({ session, plan }: { session: WorkshopSession; plan: Plan }) {
  const title = usePartTitle();
  const running = isRunning(session);
  const now = useNow(running);
  const left = timeLeft(session, plan, now);
  return (
    <WorkshopClock
      left={left}
      time={clock(left)}
      running={running}
      partTitle={title(plan.parts[session.part]!)}
      partKey={session.part}
      onToggle={() => updateSession((s, at) => s && (isRunning(s) ? pause(s, at) : resume(s, at)))}
    />
  );
}

/** Moves every window to another part. */
export const movePart = (plan: Plan, by: number) => () => updateSession((s, at) => s && gotoPart(s, plan, s.part + by, at));

export default function WorkshopPage() {
  const { t, i18n } = useTranslation();
  const lang: Language = isLanguage(i18n.language) ? i18n.language : 'sv';
  const { workshop, setEnabled } = useWorkshop();
  const session = useWorkshopSession();
  const cases = useWorkshopCases(lang);
  const [handingOut, setHandingOut] = useState(false);
  const [ending, setEnding] = useState(false);
  const endButton = useRef<HTMLElement>(null);

  if (!workshop || !cases) return <output>{t('workshop.loading')}</output>;
  const plan = session && planFor(workshop, session.questionnaire, session.minutes);
  if (!session || !plan) {
    return (
      <WorkshopSetup
        workshop={workshop}
        questionnaires={questionnaires.map((q) => q.id).filter((id) => plansFor(workshop, id).length > 0)}
        cases={cases}
        lang={lang}
        onStart={(choice) => {
          updateSession((_, now) => startSession(choice, now));
          setEnabled?.(true);
        }}
      />
    );
  }

  const shown = session.caseId ? cases.find((c) => c.id === session.caseId) : undefined;
  const caseInfo = shown && { title: shown.title, summary: t(`examples.${shown.id}.summary`) };
  return (
    <>
      <ProjectedView
        plan={plan}
        part={session.part}
        caseInfo={caseInfo}
        clock={<SessionClock session={session} plan={plan} />}
        trainerHref={routeHash({ name: 'trainer' })}
        onPrevious={movePart(plan, -1)}
        onNext={movePart(plan, 1)}
        onHandOut={shown ? () => setHandingOut(true) : undefined}
        onEnd={() => {
          endButton.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
          setEnding(true);
        }}
        collect={<WorkshopCollect session={session} onShowCode={shown ? () => setHandingOut(true) : undefined} />}
      />
      {handingOut && shown && (
        <HandOut
          // With a session on the server, the groups' link carries its code, so that they hand in there.
          url={
            session.serverCode
              ? joinLinkWithCode(window.location.href, session.lang, shown.id, session.serverCode)
              : joinLink(window.location.href, session.lang, { kind: 'example', id: shown.id })
          }
          title={shown.title}
          code={session.serverCode}
          onClose={() => setHandingOut(false)}
        />
      )}
      {ending && (
        <ConfirmDialog
          title={t('workshop.endTitle')}
          confirmLabel={t('workshop.endConfirm')}
          cancelLabel={t('workshop.cancel')}
          returnFocus={endButton}
          onCancel={() => setEnding(false)}
          onConfirm={() => {
            setEnding(false);
            updateSession(() => undefined);
            setEnabled?.(false);
          }}
        >
          <p>{t('workshop.endBody')}</p>
        </ConfirmDialog>
      )}
    </>
  );
}
