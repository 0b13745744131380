/**
 * One recommendation of the check: its number and quoted title, its short
 * description, and for each of its criteria the rating and justification
 * (with what the assessment's answers already show beside them).
 */
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../questionnaire/schema';
import type { StepQuestion } from '../../questionnaire/step-questions';
import { QuestionField } from '../fields/question-field';

interface Props {
  recommendation: Recommendation;
  /** The check's generated questions of this recommendation, in order (rating, justification, per criterion). */
  questions: StepQuestion[];
}

export function RecommendationPage({ recommendation: r, questions }: Props) {
  const { t } = useTranslation();
  return (
    <section className="block" aria-labelledby={`rec-${r.id}`}>
      <h2 id={`rec-${r.id}`}>
        {t('wizard.recommendationNumber', { number: r.number })} <q>{t(`content:recommendations.${r.id}.title`)}</q>
      </h2>
      <p className="hint">{t(`content:recommendations.${r.id}.short`)}</p>
      {questions.map((q) => (
        <QuestionField key={q.id} question={q} />
      ))}
    </section>
  );
}
