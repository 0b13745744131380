/**
 * In workshop mode, where the facilitator notes used to be: a small link to
 * the trainer's window (the notes are for the trainer, not the projector),
 * and word to the running workshop that this step is on the projector, so
 * that window shows its notes.
 */
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { TRAINER_WINDOW, useWorkshop } from './workshop-context';

export function TrainerLink({ stepId }: { stepId: string }) {
  const { t } = useTranslation();
  const { enabled, onStep, trainerHref } = useWorkshop();
  useEffect(() => {
    if (enabled) onStep?.(stepId);
  }, [enabled, onStep, stepId]);
  if (!enabled || !trainerHref) return null;
  return (
    <p className="trainer-link">
      <a href={trainerHref} target={TRAINER_WINDOW}>
        {t('workshop.trainerLink')}
      </a>
    </p>
  );
}
