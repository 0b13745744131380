/**
 * The list of steps beside the form: each step's title and status (not
 * started, in progress, done, skipped: from real progress, see
 * `stepStatuses`), a button for every step already reached, and
 * `aria-current` on the one on screen. The findings a step feeds are marked
 * only once the step is under way ("Klart · 4 saker att se över"): a step
 * not started has nothing to review yet.
 */
import { useTranslation } from 'react-i18next';
import type { StepStatus } from '../../machine/navigation';
import type { Step } from '../../questionnaire/schema';
import './step-list.css';

interface Props {
  steps: Step[];
  statuses: Record<string, StepStatus>;
  currentId: string | null;
  reachable: (stepId: string) => boolean;
  onGoto: (stepId: string) => void;
  /** Findings per step: a step that feeds a gap is marked. */
  gaps?: Record<string, number>;
}

export function StepList({ steps, statuses, currentId, reachable, onGoto, gaps = {} }: Props) {
  const { t } = useTranslation();
  return (
    <nav className="step-list" aria-label={t('wizard.stepListLabel')}>
      <ol>
        {steps.map((step) => {
          const status = statuses[step.id] ?? 'not-started';
          const title = t(`content:steps.${step.id}.title`);
          const current = step.id === currentId;
          const marked = (status === 'done' || status === 'in-progress') && (gaps[step.id] ?? 0) > 0;
          return (
            <li key={step.id} className={`step-list__item step-list__item--${status}`}>
              {reachable(step.id) && !current ? (
                <button type="button" className="link-button" onClick={() => onGoto(step.id)}>
                  {title}
                </button>
              ) : (
                <span aria-current={current ? 'step' : undefined} className={current ? 'step-list__current' : undefined}>
                  {title}
                </span>
              )}
              <span className="step-list__state">
                <span className={`status status--${status}`}>{t(`wizard.status.${status}`)}</span>
                {marked && <span className="step-list__gaps">{t('wizard.gaps', { count: gaps[step.id] })}</span>}
              </span>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
