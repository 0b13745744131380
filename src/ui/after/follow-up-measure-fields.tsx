/**
 * One measure in the follow-up form: carried out, partly or not (or not yet
 * known), what it cost, and a note. What the assessment planned (who, what
 * cost, by when) stands above as the user wrote it then.
 */
import { useTranslation } from 'react-i18next';
import type { MeasureRef } from '../../assessment/after/refs';
import { longDate } from '../../i18n/dates';
import { RadioGroup, TextInput } from './follow-up-fields';
import { languageOf, STATUS_TEXT } from './follow-up-texts';

export function FollowUpMeasureFields({ index, measure }: { index: number; measure: MeasureRef | undefined }) {
  const { t, i18n } = useTranslation();
  const base = `measures.${index}`;
  const planned = [
    measure?.owner && t('followUp.form.plannedOwner', { owner: measure.owner }),
    measure?.cost && t('followUp.form.plannedCost', { cost: measure.cost }),
    measure?.due && t('followUp.form.plannedDue', { date: longDate(measure.due, languageOf(i18n.language)) }),
  ].filter(Boolean);
  return (
    <fieldset className="follow-up-measure">
      <legend>
        <span className="follow-up-indicator__kind">{t('followUp.form.measure')}</span> {measure?.what || t('followUp.form.unnamedMeasure', { number: index + 1 })}
      </legend>
      {planned.length > 0 && <p className="hint">{planned.join(' ')}</p>}
      <RadioGroup
        path={`${base}.status`}
        legend={t('followUp.form.status')}
        options={[
          { value: 'done', label: t(STATUS_TEXT.done) },
          { value: 'partly', label: t(STATUS_TEXT.partly) },
          { value: 'not', label: t(STATUS_TEXT.not) },
          { value: '', label: t('followUp.form.statusUnknown') },
        ]}
      />
      <TextInput path={`${base}.cost`} label={t('followUp.form.cost')} />
      <TextInput path={`${base}.note`} kind="long" label={t('followUp.form.measureNote')} />
    </fieldset>
  );
}
