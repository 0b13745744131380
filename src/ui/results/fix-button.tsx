/**
 * "Go to the step: <title>" – the way from a gap in the result back to the
 * step that fixes it. Several buttons on the page may open the same step, so
 * `context` (hidden visually, read by screen readers after the visible text)
 * says which problem each one is about.
 */
import { useTranslation } from 'react-i18next';

interface Props {
  stepId: string;
  context: string;
  onFix: (stepId: string) => void;
}

export function FixButton({ stepId, context, onFix }: Props) {
  const { t } = useTranslation();
  return (
    <button type="button" className="button--secondary result-fix" onClick={() => onFix(stepId)}>
      {t('results.fix', { step: t(`content:steps.${stepId}.title`) })}
      <span className="visually-hidden"> {t('results.fixContext', { context })}</span>
    </button>
  );
}
