/**
 * The trainer's window: the same part and timer as the projector (and the
 * same controls, which drive it), the notes for what is on the projector
 * (the step the wizard shows there, else the current part's steps), an
 * activity's guide, and the agenda with start times. Notes that speak of
 * another worked example than the one being run are never shown.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { noteId, notesFor, type Plan, type Workshop } from '../../questionnaire/workshop';
import { AgendaTable } from './agenda';
import { PartButtons } from './part-buttons';
import { usePartTitle } from './part-text';

interface Props {
  workshop: Workshop;
  plan: Plan;
  part: number;
  caseId: string | null;
  /** The step the projected wizard shows, if it shows one. */
  projectedStep: string | null;
  clock: ReactNode;
  onPrevious: () => void;
  onNext: () => void;
}

function StepNotes({ workshop, step, caseId }: { workshop: Workshop; step: string; caseId: string | null }) {
  const { t } = useTranslation();
  const id = useId();
  const notes = notesFor(workshop, step, caseId ?? undefined);
  if (!notes) return null;
  const key = `content:workshop.${step}`;
  return (
    <section className="trainer__notes" aria-labelledby={id}>
      <h3 id={id}>{t(`content:steps.${step}.title`)}</h3>
      <h4>{t('workshop.prompts')}</h4>
      <ul>
        {notes.prompts.map(noteId).map((n) => (
          <li key={n}>{t(`${key}.prompts.${n}`)}</li>
        ))}
      </ul>
      <h4>{t('workshop.pitfalls')}</h4>
      <ul>
        {notes.pitfalls.map(noteId).map((n) => (
          <li key={n}>{t(`${key}.pitfalls.${n}`)}</li>
        ))}
      </ul>
    </section>
  );
}

export function TrainerView({ workshop, plan, part, caseId, projectedStep, clock, onPrevious, onNext }: Props) {
  const { t } = useTranslation();
  const title = usePartTitle();
  const current = plan.parts[part]!;
  const steps = projectedStep ? [projectedStep] : 'steps' in current ? current.steps : [];
  return (
    <div className="trainer">
      <h1>{t('workshop.trainerHeading')}</h1>
      <p>{t('workshop.trainerIntro')}</p>
      <div className="trainer__now">
        <div>
          <p className="projected__kicker">{t('workshop.partOf', { position: part + 1, total: plan.parts.length })}</p>
          <h2 className="trainer__part">{title(current)}</h2>
          {projectedStep && <p className="trainer__screen">{t('workshop.onScreen', { step: t(`content:steps.${projectedStep}.title`) })}</p>}
        </div>
        {clock}
        <PartButtons part={part} parts={plan.parts.length} onPrevious={onPrevious} onNext={onNext} />
      </div>
      <section aria-labelledby="trainer-notes">
        <h2 id="trainer-notes">{t('workshop.notesHeading')}</h2>
        {'activity' in current && !projectedStep && (
          <div className="trainer__notes">
            <h3>{t('workshop.guide')}</h3>
            <p>{t(`content:workshop.activities.${current.activity}.guide`)}</p>
          </div>
        )}
        {steps.map((step) => (
          <StepNotes key={step} workshop={workshop} step={step} caseId={caseId} />
        ))}
      </section>
      <AgendaTable plan={plan} current={part} />
    </div>
  );
}
