/**
 * "Använd förslagen för alla kriterier här": sets every criterion on the
 * page that is not yet answered, and for which the tool has a proposal, to
 * that proposal, in one go. Answers already given are never changed. The
 * button goes once nothing is left to fill, so the result is said in a
 * status message that takes focus (and is read out).
 */
import { useRef, useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { scaleOption } from '../../assessment/criteria';
import { fieldName } from '../form/form-values';
import { useStep } from '../fields/step-context';

export function CheckUseAll({ criteria, id }: { criteria: string[]; id: string }) {
  const { t } = useTranslation();
  const { file, evidence } = useStep();
  const { setValue } = useFormContext();
  const values: unknown[] = useWatch({ name: criteria.map((c) => fieldName(c)) });
  const [filled, setFilled] = useState(0);
  const status = useRef<HTMLOutputElement>(null);
  const check = file.steps.find((s) => s.kind === 'recommendation-check');
  const scale = check?.kind === 'recommendation-check' ? (file.optionSets[check.scale] ?? []) : [];
  const open = criteria.flatMap((c, i) => {
    const proposal = evidence?.get(c)?.proposal;
    const option = proposal ? scaleOption(scale, proposal) : undefined;
    const v = values[i];
    return option && (typeof v !== 'string' || v === '') ? [{ criterion: c, option: option.id }] : [];
  });
  const use = () => {
    for (const o of open) setValue(fieldName(o.criterion), o.option, { shouldDirty: true, shouldValidate: true });
    setFilled(open.length);
    requestAnimationFrame(() => status.current?.focus());
  };
  return (
    <div className="check-use-all">
      {open.length > 0 && (
        <>
          <button type="button" className="button--secondary" aria-describedby={`${id}-hint`} onClick={use}>
            {t('wizard.toolUseAll')}
          </button>
          <p id={`${id}-hint`} className="hint">
            {t('wizard.toolUseAllHint', { count: open.length })}
          </p>
        </>
      )}
      <output ref={status} tabIndex={-1} aria-live="polite" className="check-use-all__status">
        {filled > 0 ? t('wizard.toolUsedAll', { count: filled }) : ''}
      </output>
    </div>
  );
}
