/**
 * One indicator in the follow-up form: whether it could be measured, its
 * source and unit, a row per category for each breakdown the indicator
 * named (the user names the categories: Kvinnor, Män; the areas), the value
 * before and now, and the user's own judgement of the differences. Added
 * rows take focus; a removed row hands focus to its breakdown's add button.
 */
import { useRef } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorRef } from '../../assessment/after/refs';
import { RadioGroup, TextInput } from './follow-up-fields';
import { breakdownLabel, TREND_TEXT } from './follow-up-texts';
import { breakdownsFor, type FollowUpValues } from './follow-up-values';

interface Props {
  index: number;
  indicator: IndicatorRef | undefined;
}

export function FollowUpIndicatorFields({ index, indicator: ref }: Props) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext<FollowUpValues>();
  const base = `indicators.${index}` as const;
  const { fields, append, remove } = useFieldArray({ control, name: `${base}.figures` });
  const measured = useWatch({ control, name: `${base}.measured` });
  const categories = useWatch({ control, name: `${base}.figures` });
  const addButtons = useRef(new Map<string, HTMLButtonElement>());
  const name = ref?.name || t('followUp.form.unnamedIndicator', { number: index + 1 });
  const label = (id: string) => breakdownLabel(t, (k) => i18n.exists(k), id);
  const breakdowns = breakdownsFor(ref, fields);

  const removeRow = (at: number, breakdown: string) => {
    remove(at);
    addButtons.current.get(breakdown)?.focus();
  };

  return (
    <fieldset className="follow-up-indicator">
      <legend>
        <span className="follow-up-indicator__kind">{t('followUp.form.indicator')}</span> {name}
      </legend>
      {(ref?.baseline || ref?.source) && (
        <p className="hint">
          {ref.baseline && t('followUp.form.plannedBaseline', { baseline: ref.baseline })} {ref.source && t('followUp.form.plannedSource', { source: ref.source })}
        </p>
      )}
      <RadioGroup
        path={`${base}.measured`}
        legend={t('followUp.form.measured')}
        options={[
          { value: 'yes', label: t('followUp.form.measuredYes') },
          { value: 'no', label: t('followUp.form.measuredNo') },
        ]}
      />
      {measured !== 'no' && (
        <>
          <div className="follow-up-indicator__pair">
            <TextInput path={`${base}.source`} label={t('followUp.form.source')} />
            <TextInput path={`${base}.unit`} label={t('followUp.form.unit')} hint={t('followUp.form.unitHint')} />
          </div>
          {breakdowns.length === 0 && <p className="hint">{t('followUp.form.noBreakdown')}</p>}
          {breakdowns.map((b) => (
            <fieldset className="follow-up-breakdown" key={b}>
              <legend>{t('followUp.form.breakdown', { breakdown: label(b) })}</legend>
              <p className="hint">{t('followUp.form.categoriesHint')}</p>
              {fields.map((field, at) => {
                if (field.breakdown !== b) return null;
                const row = fields.slice(0, at + 1).filter((f) => f.breakdown === b).length;
                const category = categories?.[at]?.category?.trim() ?? '';
                const context = <span className="visually-hidden">{`, ${label(b)} ${row}`}</span>;
                return (
                  <div className="follow-up-row" key={field.id}>
                    <TextInput path={`${base}.figures.${at}.category`} label={<>{t('followUp.form.category')}{context}</>} />
                    <TextInput path={`${base}.figures.${at}.baseline`} kind="number" label={<>{t('followUp.form.baseline')}{context}</>} />
                    <TextInput path={`${base}.figures.${at}.now`} kind="number" label={<>{t('followUp.form.now')}{context}</>} />
                    <button type="button" className="link-button follow-up-row__remove" onClick={() => removeRow(at, b)}>
                      {category ? t('followUp.form.removeNamed', { category }) : t('followUp.form.remove', { breakdown: label(b), row })}
                    </button>
                  </div>
                );
              })}
              <button
                type="button"
                className="button--secondary"
                ref={(el) => {
                  if (el) addButtons.current.set(b, el);
                  else addButtons.current.delete(b);
                }}
                onClick={() => append({ breakdown: b, category: '', baseline: '', now: '' }, { focusName: `${base}.figures.${fields.length}.category` })}
              >
                {t('followUp.form.add', { breakdown: label(b) })}
              </button>
            </fieldset>
          ))}
        </>
      )}
      <RadioGroup
        path={`${base}.judged`}
        legend={t('followUp.form.judged')}
        hint={t('followUp.form.judgedHint')}
        options={[
          { value: 'narrowed', label: t(TREND_TEXT.narrowed) },
          { value: 'stayed', label: t(TREND_TEXT.stayed) },
          { value: 'widened', label: t(TREND_TEXT.widened) },
          { value: '', label: t('followUp.form.notJudged') },
        ]}
      />
      <TextInput path={`${base}.note`} kind="long" label={t('followUp.form.note')} />
    </fieldset>
  );
}
