/**
 * The last page of a paged step: every part at a glance before the step is
 * saved. A per-item step shows a table of its items × its questions (short
 * labels as row headings, the full question for screen readers and in a
 * list under the table), the chosen answer in each cell and an "Ändra"
 * button per item; on a narrow screen the same answers stack as one card per
 * item. The check lists the five recommendations with how many criteria are
 * answered and the answers.
 */
import { useTranslation } from 'react-i18next';
import type { Page } from '../../machine/pages';
import type { Answers, AnswerValue } from '../../questionnaire/answers';
import type { Step } from '../../questionnaire/schema';
import { JUSTIFICATION, stepQuestions, type StepQuestion } from '../../questionnaire/step-questions';
import { useStep } from '../fields/step-context';
import { useQuestionTexts } from '../fields/texts';
import { useSubjectTranslation } from '../subject';
import type { PageLabels } from './page-label';
import './page-overview.css';

interface Props {
  step: Step;
  pages: Page[];
  /** Accepted answers with the form's values over them: what the step holds now. */
  answers: Answers;
  shown: (questionId: string) => boolean;
  labels: PageLabels;
  onGoto: (pageId: string) => void;
}

/** The words of an answer: option labels, or the text typed; '' when unanswered. */
function useAnswerWords(answers: Answers) {
  const { file } = useStep();
  const { options } = useQuestionTexts();
  return (q: StepQuestion, value: AnswerValue | undefined): string => {
    if (value === undefined || typeof value === 'object' && !Array.isArray(value)) return '';
    const chosen = Array.isArray(value) ? value : [value];
    const labels = 'options' in q ? options(file, q, answers) : [];
    if (labels.length === 0) return chosen.join(', ').trim();
    return chosen.map((id) => labels.find((o) => o.id === id)?.label ?? id).join(', ');
  };
}

function Unanswered() {
  const { t } = useTranslation();
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{t('answers.notAnswered')}</span>
    </>
  );
}

function EditButton({ label, onClick }: { label: string; onClick: () => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button--secondary page-overview__edit" onClick={onClick}>
      {t('wizard.edit')}
      <span className="visually-hidden"> {label}</span>
    </button>
  );
}

function ItemsOverview({ step, pages, answers, shown, labels, onGoto }: Props) {
  const { t, i18n } = useTranslation();
  const { framework } = useStep();
  const { texts } = useQuestionTexts();
  const words = useAnswerWords(answers);
  const caption = t('wizard.overviewCaption', { step: t(`content:steps.${step.id}.title`) });
  const items = pages.filter((p): p is Extract<Page, { kind: 'item' }> => p.kind === 'item');
  const questions = stepQuestions(step, framework).filter((q) => shown(q.id));
  // The short label is written for tables; a question without one is named in full.
  const short = (q: StepQuestion) => (i18n.exists(`content:questions.${q.id}.short`) ? t(`content:questions.${q.id}.short`) : texts(q).label);
  const cell = (q: StepQuestion, itemId: string) => {
    const own = answers[q.id];
    const value = own && typeof own === 'object' && !Array.isArray(own) ? own[itemId] : undefined;
    return words(q, value);
  };
  const label = (q: StepQuestion) => (
    <>
      {short(q)}
      <span className="visually-hidden">: {texts(q).label}</span>
    </>
  );
  return (
    <>
      <div className="page-overview__wide">
        {/* Many groups make a table wider than the page: it then scrolls in its own region, never the page. */}
        <section className="table-scroll" aria-label={caption} tabIndex={0}>
          <table className="page-overview__table">
            <caption>{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('wizard.questionColumn')}</th>
                {items.map((p) => (
                  <th scope="col" key={p.id}>
                    <span className="page-overview__item">{labels.title(p)}</span>
                    <EditButton label={labels.title(p)} onClick={() => onGoto(p.id)} />
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {questions.map((q) => (
                <tr key={q.id}>
                  <th scope="row">{label(q)}</th>
                  {items.map((p) => {
                    const text = cell(q, p.itemId);
                    return <td key={p.id}>{text || <Unanswered />}</td>;
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <details className="page-overview__questions">
          <summary>{t('wizard.fullQuestions')}</summary>
          <dl>
            {questions.map((q) => (
              <div key={q.id}>
                <dt>{short(q)}</dt>
                <dd>{texts(q).label}</dd>
              </div>
            ))}
          </dl>
        </details>
      </div>
      <div className="page-overview__narrow">
        {items.map((p) => (
          <section key={p.id} className="page-overview__card" aria-label={labels.title(p)}>
            <h2>{labels.title(p)}</h2>
            <dl>
              {questions.map((q) => (
                <div key={q.id}>
                  <dt>{label(q)}</dt>
                  <dd>{cell(q, p.itemId) || <Unanswered />}</dd>
                </div>
              ))}
            </dl>
            <EditButton label={labels.title(p)} onClick={() => onGoto(p.id)} />
          </section>
        ))}
      </div>
    </>
  );
}

function CheckOverview({ step, pages, answers, labels, onGoto }: Props) {
  const { t } = useSubjectTranslation();
  const { framework } = useStep();
  const { texts } = useQuestionTexts();
  const words = useAnswerWords(answers);
  // The rating of each criterion; its justification is read on the recommendation's own page.
  const ratings = stepQuestions(step, framework).filter((q) => !q.id.endsWith(JUSTIFICATION));
  return (
    <>
      {pages
        .filter((p): p is Extract<Page, { kind: 'recommendation' }> => p.kind === 'recommendation')
        .map((p) => {
          const own = ratings.filter((q) => q.recommendations?.[0] === p.recommendationId);
          const answered = own.filter((q) => words(q, answers[q.id]) !== '').length;
          return (
            <section key={p.id} className="page-overview__card" aria-labelledby={`overview-${p.id}`}>
              <h2 id={`overview-${p.id}`}>
                {labels.title(p)}: <q>{t(`content:recommendations.${p.recommendationId}.title`)}</q>
              </h2>
              <p className="hint">{t('wizard.criteriaAnswered', { answered, total: own.length })}</p>
              <dl>
                {own.map((q) => (
                  <div key={q.id}>
                    <dt>{texts(q).label}</dt>
                    <dd>{words(q, answers[q.id]) || <Unanswered />}</dd>
                  </div>
                ))}
              </dl>
              <EditButton label={labels.title(p)} onClick={() => onGoto(p.id)} />
            </section>
          );
        })}
    </>
  );
}

export function PageOverview(props: Props) {
  const { t } = useTranslation();
  return (
    <div className="page-overview">
      <p>{t('wizard.overviewIntro')}</p>
      {props.step.kind === 'per-item' ? <ItemsOverview {...props} /> : <CheckOverview {...props} />}
    </div>
  );
}
