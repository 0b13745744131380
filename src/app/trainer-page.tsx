/**
 * The trainer's window: the notes and agenda that follow the projected
 * view, with controls that drive it. Loaded with React.lazy when
 * `#/workshop/trainer` is opened.
 */
import { useTranslation } from 'react-i18next';
import { planFor } from '../questionnaire/workshop';
import { TrainerView } from '../ui/workshop/trainer-view';
import { useWorkshop } from '../ui/workshop/workshop-context';
import { routeHash } from './routes';
import { movePart, SessionClock } from './workshop-page';
import { useWorkshopSession } from './workshop-session-store';

export default function TrainerPage() {
  const { t } = useTranslation();
  const { workshop } = useWorkshop();
  const session = useWorkshopSession();
  if (!workshop) return <output>{t('workshop.loading')}</output>;
  const plan = session && planFor(workshop, session.questionnaire, session.minutes);
  if (!session || !plan) {
    return (
      <>
        <h1>{t('workshop.trainerHeading')}</h1>
        <p>{t('workshop.noSession')}</p>
        <p>
          <a href={routeHash({ name: 'workshop' })}>{t('workshop.toSetup')}</a>
        </p>
      </>
    );
  }
  return (
    <TrainerView
      workshop={workshop}
      plan={plan}
      part={session.part}
      caseId={session.caseId}
      projectedStep={session.step}
      clock={<SessionClock session={session} plan={plan} />}
      onPrevious={movePart(plan, -1)}
      onNext={movePart(plan, 1)}
    />
  );
}
