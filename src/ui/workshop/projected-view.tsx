/**
 * What the room sees during a workshop: the case, the part the groups are
 * in and what they do now (the steps' purposes, or the activity), the timer
 * with Pause, the trainer's controls and a compact agenda. No facilitator
 * notes: those are in the trainer's window. Laid out to fit 1280 × 720 in
 * presenter view: case and part on the left, timer and controls on the
 * right, the agenda below.
 */
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan } from '../../questionnaire/workshop';
import { Agenda } from './agenda';
import { PartButtons } from './part-buttons';
import { usePartTitle } from './part-text';
import { TRAINER_WINDOW } from './workshop-context';

interface Props {
  plan: Plan;
  part: number;
  /** The case's title and a few lines about it; absent when groups bring their own. */
  caseInfo: { title: string; summary: string } | undefined;
  clock: ReactNode;
  trainerHref: string;
  onPrevious: () => void;
  onNext: () => void;
  /** Shows the case's link full screen; absent when there is no worked example to hand out. */
  onHandOut: (() => void) | undefined;
  onEnd: () => void;
  /** Collecting hand-ins on the sync server; absent in a build without one or for a user without the trainer right. */
  collect?: ReactNode;
}

export function ProjectedView({ plan, part, caseInfo, clock, trainerHref, onPrevious, onNext, onHandOut, onEnd, collect }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const title = usePartTitle();
  const current = plan.parts[part]!;
  return (
    <div className="projected">
      <section className="projected__case" aria-labelledby={`${id}-case`}>
        <h2 id={`${id}-case`} className="projected__kicker">
          {t('workshop.caseHeading')}
        </h2>
        {caseInfo ? (
          <>
            <p className="projected__case-title">{caseInfo.title}</p>
            <p className="projected__case-text">{caseInfo.summary}</p>
          </>
        ) : (
          <p className="projected__case-text">{t('workshop.ownCase')}</p>
        )}
      </section>
      <section className="projected__part" aria-labelledby={`${id}-part`}>
        <p className="projected__kicker">{t('workshop.partOf', { position: part + 1, total: plan.parts.length })}</p>
        <h1 id={`${id}-part`} className="projected__title">
          {title(current)}
        </h1>
        {/* What groups do in a step slot; an activity (introduction, break, debrief) is led by the trainer, whose guide is in the other window. */}
        {'steps' in current && (
          <>
            <h2 className="projected__kicker">{t('workshop.doNow')}</h2>
            <ul className="projected__purposes">
              {current.steps.map((step) => (
                <li key={step}>{t(`content:steps.${step}.purpose`)}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <div className="projected__side">
        {clock}
        <PartButtons part={part} parts={plan.parts.length} onPrevious={onPrevious} onNext={onNext} />
        <div className="projected__tools">
          <a className="projected__trainer" href={trainerHref} target={TRAINER_WINDOW} aria-describedby={`${id}-trainer`}>
            {t('workshop.openTrainer')}
          </a>
          <p id={`${id}-trainer`} className="projected__hint">
            {t('workshop.openTrainerHint')}
          </p>
          {onHandOut && (
            <button type="button" className="button--secondary" onClick={onHandOut}>
              {t('workshop.handOut')}
            </button>
          )}
          <button type="button" className="link-button" onClick={onEnd}>
            {t('workshop.end')}
          </button>
        </div>
        {collect}
      </div>
      <section className="projected__agenda" aria-labelledby={`${id}-agenda`}>
        <h2 id={`${id}-agenda`} className="projected__kicker">
          {t('workshop.agenda')}
        </h2>
        <Agenda plan={plan} current={part} headingId={`${id}-agenda`} />
      </section>
    </div>
  );
}
