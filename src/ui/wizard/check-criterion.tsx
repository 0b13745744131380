/**
 * One criterion of the check: its rating (with what the tool knows beside
 * it, see ../fields/tool-says) and its justification. A "yes" to a
 * criterion the assessment already shows needs no words of its own: the
 * evidence above is the justification, so the box is offered folded as an
 * optional addition instead of standing empty as if it were missing. The
 * box opens by itself when it already holds text.
 */
import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { isTopOfScale } from '../../questionnaire/step-schema';
import type { StepQuestion } from '../../questionnaire/step-questions';
import { fieldName } from '../form/form-values';
import { QuestionField } from '../fields/question-field';
import { useStep } from '../fields/step-context';
import './check-criterion.css';

export function CheckCriterion({ rating, justification }: { rating: StepQuestion; justification?: StepQuestion }) {
  const { file, evidence } = useStep();
  const value: unknown = useWatch({ name: fieldName(rating.id) });
  const check = file.steps.find((s) => s.kind === 'recommendation-check');
  const settledYes = evidence?.get(rating.criterion ?? rating.id)?.proposal === 'yes' && !!check && typeof value === 'string' && isTopOfScale(file, check, value);
  return (
    <div className="check-criterion">
      <QuestionField question={rating} />
      {justification && (settledYes ? <SettledJustification question={justification} /> : <QuestionField question={justification} />)}
    </div>
  );
}

function SettledJustification({ question }: { question: StepQuestion }) {
  const { t } = useTranslation();
  const text: unknown = useWatch({ name: fieldName(question.id) });
  // Read once: opened by hand afterwards, it stays as the user left it.
  const [open] = useState(() => typeof text === 'string' && text.trim() !== '');
  return (
    <div className="check-settled">
      <p className="check-settled__note">{t('wizard.toolSettled')}</p>
      <details className="check-settled__more" open={open}>
        <summary>{t('wizard.toolSettledAdd')}</summary>
        <QuestionField question={question} />
      </details>
    </div>
  );
}
