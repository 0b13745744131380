/**
 * The questions of the page on screen, laid out by the page's kind: a whole
 * step as an ordinary list, one item of a per-item step (its questions for
 * that affected group), or one recommendation of the check. The step's other
 * pages are not rendered; their values stay in the step's form. Only
 * questions that apply to the answers so far are shown.
 */
import type { Page } from '../../machine/pages';
import type { Step } from '../../questionnaire/schema';
import { stepQuestions } from '../../questionnaire/step-questions';
import { fieldName } from '../form/form-values';
import { QuestionField } from '../fields/question-field';
import { useStep } from '../fields/step-context';
import { CopyFromItem } from './copy-from-item';
import { RecommendationPage } from './recommendation-page';

interface Props {
  step: Step;
  page: Page;
  shown: (id: string) => boolean;
}

export function StepFields({ step, page, shown }: Props) {
  const { framework } = useStep();
  const questions = stepQuestions(step, framework);

  if (page.kind === 'recommendation') {
    const recommendation = framework.recommendations.find((r) => r.id === page.recommendationId);
    return recommendation ? (
      <RecommendationPage recommendation={recommendation} questions={questions.filter((q) => q.recommendations?.[0] === recommendation.id)} />
    ) : null;
  }

  if (page.kind === 'item') {
    // The item's name is in the page's heading; its questions follow directly.
    return (
      <>
        <CopyFromItem key={page.itemId} step={step} itemId={page.itemId} shown={shown} />
        {questions
          .filter((q) => shown(q.id))
          .map((q) => (
            <QuestionField key={`${page.itemId}-${q.id}`} question={q} name={fieldName(q.id, page.itemId)} />
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
