/**
 * The start screen: what the tool does, where the data stays, the two ways
 * in (assess a proposal, self-audit a service) with their steps read from
 * the questionnaire data, and an honest note on where the model comes from.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { subjectContext } from '../../i18n/subject';
import type { FrameworkOverview, QuestionnaireOverview } from '../../questionnaire/shipped';

interface Props {
  questionnaires: readonly QuestionnaireOverview[];
  framework: FrameworkOverview;
  onCreate: (questionnaireId: string) => void;
  /** The list of saved assessments (rendered by the caller). */
  saved: ReactNode;
  /** The worked examples to start from (rendered by the caller). */
  examples?: ReactNode;
  /** Tools for workshop trainers (rendered by the caller). */
  workshop?: ReactNode;
}

export function StartScreen({ questionnaires, framework, onCreate, saved, examples, workshop }: Props) {
  const { t } = useTranslation();
  const c = (key: string) => t(`content:${key}`);
  return (
    <>
      <h1>{t('start.heading')}</h1>
      <p className="lead">{t('start.intro')}</p>
      <p className="notice">{t('start.privacy')}</p>

      {saved}

      <h2>{t('start.chooseHeading')}</h2>
      <ul className="card-list">
        {questionnaires.map((q) => {
          const title = c(`questionnaires.${q.id}.title`);
          return (
            <li key={q.id} className="card" data-questionnaire={q.id}>
              <h3>{title}</h3>
              <p>{c(`questionnaires.${q.id}.description`)}</p>
              {/* What the user ends up with: a report for the decision, or an audit of how equal a service is. */}
              <p className="hint">{t('start.outcome', { context: subjectContext(q) })}</p>
              {/* A verb and a noun, as the questionnaire names its work ("Påbörja bedömningen", "Starta granskningen"); a screen reader also hears which. */}
              <button type="button" className="button--primary" onClick={() => onCreate(q.id)}>
                {t('start.begin', { context: subjectContext(q) })}
                <span className="visually-hidden">: {title}</span>
              </button>
              <h4>
                {t('start.stepsHeading', { title })} ({t('start.stepCount', { count: q.steps.length })})
              </h4>
              <ol className="step-overview">
                {q.steps.map((step) => (
                  <li key={step.id}>
                    <strong>{c(`steps.${step.id}.title`)}</strong>
                    <span>{c(`steps.${step.id}.purpose`)}</span>
                  </li>
                  ))}
              </ol>
            </li>
          );
        })}
      </ul>

      {examples}

      {workshop}

      <h2>{t('start.recommendationsHeading')}</h2>
      <ol className="recommendations">
        {framework.recommendations.map((r) => (
          <li key={r.id}>
            <q>{c(`recommendations.${r.id}.title`)}</q>
          </li>
        ))}
      </ol>
      <p className="source">
        {t('start.recommendationsSource', { source: c(`frameworks.${framework.id}.source`) })}
      </p>

      <h2>{t('start.provenanceHeading')}</h2>
      <p>{t('start.provenance')}</p>
    </>
  );
}
