/**
 * The start screen, in the order a returning official needs it: what the
 * tool is and where the data stays (one short paragraph each), the saved
 * assessments, the two ways to start a new one, then the worked examples,
 * reading one in from a file, the workshop tools and what the model rests
 * on. A first-time visitor, with nothing saved, sees the two ways to start
 * in the first screen. Long texts (each
 * questionnaire's steps, the five recommendations) sit behind a disclosure,
 * so the page stays a few screens tall however many assessments are saved.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { subjectContext } from '../../i18n/subject';
import type { FrameworkOverview, QuestionnaireOverview } from '../../questionnaire/shipped';
import './start.css';
// The parts further down (see `more`) are in the page's HTML from the start, before their code loads:
// their styles must come with the start page's, or they would show unstyled and then shift.
import '../home/home.css';
import '../home/file-picker.css';

interface Props {
  questionnaires: readonly QuestionnaireOverview[];
  framework: FrameworkOverview;
  onCreate: (questionnaireId: string) => void;
  /** The list of saved assessments (rendered by the caller). */
  saved: ReactNode;
  /** The sections after the ways to start: worked examples, reading in a file, workshop tools (rendered by the caller). */
  more?: ReactNode;
  /**
   * Wraps parts that may be hydrated after the rest (the folded lists): their
   * texts are not in the first load. The caller decides how; by default they render as they are.
   */
  later?: (part: ReactNode) => ReactNode;
}

const atOnce = (part: ReactNode) => part;

export function StartScreen({ questionnaires, framework, onCreate, saved, more, later = atOnce }: Props) {
  const { t } = useTranslation();
  const c = (key: string) => t(`content:${key}`);
  return (
    <div className="start">
      <h1>{t('start.heading')}</h1>
      <p className="lead start__lead">{t('start.intro')}</p>
      <p className="notice start__privacy">{t('start.privacy')}</p>

      {saved}

      <section className="start__new" aria-labelledby="start-new-heading">
        <h2 id="start-new-heading">{t('start.chooseHeading')}</h2>
        <ul className="start__choices">
          {questionnaires.map((q) => {
            const title = c(`questionnaires.${q.id}.title`);
            return (
              <li key={q.id} className="start-card" data-questionnaire={q.id}>
                <h3>{title}</h3>
                <p>{c(`questionnaires.${q.id}.description`)}</p>
                {/* What the user ends up with: a report for the decision, or an audit of how equal a service is. */}
                <p className="hint">{t('start.outcome', { context: subjectContext(q) })}</p>
                {/* A verb and a noun, as the questionnaire names its work ("Påbörja bedömningen", "Starta granskningen"); a screen reader also hears which. */}
                <button type="button" className="button--primary" onClick={() => onCreate(q.id)}>
                  {t('start.begin', { context: subjectContext(q) })}
                  <span className="visually-hidden">: {title}</span>
                </button>
                {/* Folded, the steps cost one line, and their texts may arrive after the first load. */}
                {later(<StepOverview questionnaire={q} title={title} />)}
              </li>
            );
          })}
        </ul>
      </section>

      {more}

      <section className="start__about" aria-labelledby="start-about-heading">
        <h2 id="start-about-heading">{t('start.provenanceHeading')}</h2>
        <p>{t('start.provenance')}</p>
        {later(<Recommendations framework={framework} />)}
      </section>
    </div>
  );
}

/** A questionnaire's steps, folded: what lies ahead, for those who want to know. */
function StepOverview({ questionnaire, title }: { questionnaire: QuestionnaireOverview; title: string }) {
  const { t } = useTranslation();
  return (
    <details className="start__more">
      <summary>
        {t('start.stepsHeading', { title })} ({t('start.stepCount', { count: questionnaire.steps.length })})
      </summary>
      <ol className="step-overview">
        {questionnaire.steps.map((step) => (
          <li key={step.id}>
            <strong>{t(`content:steps.${step.id}.title`)}</strong>
            <span>{t(`content:steps.${step.id}.purpose`)}</span>
          </li>
        ))}
      </ol>
    </details>
  );
}

/** The five recommendations the model rests on, folded, with their source. */
function Recommendations({ framework }: { framework: FrameworkOverview }) {
  const { t } = useTranslation();
  return (
    <details className="start__more">
      <summary>{t('start.recommendationsHeading')}</summary>
      <ol className="recommendations">
        {framework.recommendations.map((r) => (
          <li key={r.id}>
            <q>{t(`content:recommendations.${r.id}.title`)}</q>
          </li>
        ))}
      </ol>
      <p className="source">{t('start.recommendationsSource', { source: t(`content:frameworks.${framework.id}.source`) })}</p>
    </details>
  );
}
