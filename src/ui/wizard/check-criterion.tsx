/**
 * One criterion of the check: its rating (with what the tool knows beside
 * it, see ../fields/tool-says) and its justification. The box stands open
 * only when the rating needs words ("yes" the assessment does not show, or
 * "not relevant"); otherwise it is offered folded, as an optional addition,
 * so a page of five criteria is not five empty boxes. A "yes" to a criterion
 * the assessment already shows says that the evidence is its justification.
 * A folded box opens by itself when it already holds text.
 */
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isTopOfScale, justifiedOptions } from '../../questionnaire/step-schema';
import type { StepQuestion } from '../../questionnaire/step-questions';
import { fieldName } from '../form/form-values';
import { QuestionField } from '../fields/question-field';
import { useStep } from '../fields/step-context';
import './check-criterion.css';

export function CheckCriterion({ rating, justification }: { rating: StepQuestion; justification?: StepQuestion }) {
  const { file, evidence } = useStep();
  const value: unknown = useWatch({ name: fieldName(rating.id) });
  const check = file.steps.find((s) => s.kind === 'recommendation-check');
  const chosen = typeof value === 'string' && value !== '' && !!check;
  const settledYes = chosen && evidence?.get(rating.criterion ?? rating.id)?.proposal === 'yes' && isTopOfScale(file, check, value);
  const needsWords = chosen && justifiedOptions(file, check).has(value) && !settledYes;
  return (
    <div className="check-criterion">
      <QuestionField question={rating} />
      {justification && (needsWords ? <QuestionField question={justification} /> : <OptionalJustification question={justification} settled={settledYes} />)}
    </div>
  );
}

function OptionalJustification({ question, settled }: { question: StepQuestion; settled: boolean }) {
  const { t } = useTranslation();
  const text: unknown = useWatch({ name: fieldName(question.id) });
  // Read once: opened or closed by hand afterwards, it stays as the user left it.
  const [open] = useState(() => typeof text === 'string' && text.trim() !== '');
  return (
    <div className="check-settled">
      {settled && <p className="check-settled__note">{t('wizard.toolSettled')}</p>}
      <details className="check-settled__more" open={open}>
        <summary>{t('wizard.toolSettledAdd')}</summary>
        <QuestionField question={question} />
      </details>
    </div>
  );
}
