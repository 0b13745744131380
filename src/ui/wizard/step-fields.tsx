/**
 * The questions of one step laid out by step kind: an ordinary list, one
 * block per affected group (per-item steps), or one block per recommendation
 * (the check). Only questions that apply to the answers so far are shown.
 */
import { useTranslation } from 'react-i18next';
import type { Answers } from '../../questionnaire/answers';
import { groupItems } from '../../questionnaire/answers';
import type { Step } from '../../questionnaire/schema';
import { stepQuestions } from '../../questionnaire/step-questions';
import { fieldName } from '../form/form-values';
import { QuestionField } from '../fields/question-field';
import { useStep } from '../fields/step-context';
import { RecommendationPage } from './recommendation-page';

export function StepFields({ step, shown, answers }: { step: Step; shown: (id: string) => boolean; answers: Answers }) {
  const { t } = useTranslation();
  const { file, framework } = useStep();
  const questions = stepQuestions(step, framework);

  if (step.kind === 'recommendation-check') {
    return (
      <>
        {framework.recommendations.map((r) => (
          <RecommendationPage key={r.id} recommendation={r} questions={questions.filter((q) => q.recommendations?.[0] === r.id)} />
        ))}
      </>
    );
  }

  if (step.kind === 'per-item') {
    const group = file.steps.flatMap((s) => (s.kind === 'recommendation-check' ? [] : s.questions)).find((q) => q.id === step.of);
    const labelField = group?.type === 'group' ? group.itemLabel : '';
    return (
      <>
        {groupItems(answers[step.of]).map((item, index) => (
          <section key={item.id} className="block" aria-labelledby={`item-${item.id}`}>
            <h2 id={`item-${item.id}`}>{String(item.values[labelField] ?? '') || t('wizard.itemFallback', { number: index + 1 })}</h2>
            {questions
              .filter((q) => shown(q.id))
              .map((q) => (
                <QuestionField key={q.id} question={q} name={fieldName(q.id, item.id)} />
              ))}
          </section>
        ))}
      </>
    );
  }

  return (
    <>
      {questions
        .filter((q) => shown(q.id))
        .map((q) => (
          <QuestionField key={q.id} question={q} />
        ))}
    </>
  );
}
