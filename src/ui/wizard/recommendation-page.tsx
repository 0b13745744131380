/**
 * One recommendation of the check: its number and quoted title, its short
 * description, one button that fills in the tool's proposals for the
 * criteria not yet answered, and each criterion with its rating and
 * justification (what the assessment already holds beside the rating).
 */
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../questionnaire/schema';
import { JUSTIFICATION, type StepQuestion } from '../../questionnaire/step-questions';
import { CheckCriterion } from './check-criterion';
import { CheckUseAll } from './check-use-all';

interface Props {
  recommendation: Recommendation;
  /** The check's generated questions of this recommendation, in order (rating, justification, per criterion). */
  questions: StepQuestion[];
}

export function RecommendationPage({ recommendation: r, questions }: Props) {
  const { t } = useTranslation();
  const ratings = questions.filter((q) => !q.id.endsWith(JUSTIFICATION));
  return (
    <section className="block" aria-labelledby={`rec-${r.id}`}>
      <h2 id={`rec-${r.id}`}>
        {t('wizard.recommendationNumber', { number: r.number })} <q>{t(`content:recommendations.${r.id}.title`)}</q>
      </h2>
      <p className="hint">{t(`content:recommendations.${r.id}.short`)}</p>
      <CheckUseAll id={`use-all-${r.id}`} criteria={ratings.map((q) => q.id)} />
      {ratings.map((q) => (
        <CheckCriterion key={q.id} rating={q} justification={questions.find((j) => j.id === `${q.id}${JUSTIFICATION}`)} />
      ))}
    </section>
  );
}
