/**
 * A follow-up as one form: its date, each indicator the assessment named,
 * each measure it decided on, and a summary. An invalid submit shows the
 * error summary used on the step forms, which takes focus and links each
 * problem to its field, named by indicator, breakdown and row.
 */
import { useEffect, useRef, useState } from 'react';
import { FormProvider, useForm, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { IndicatorRef, MeasureRef } from '../../assessment/after/refs';
import { ErrorSummary, type SummaryError } from '../wizard/error-summary';
import { ERROR_TEXT, fieldDomId, TextInput } from './follow-up-fields';
import { FollowUpIndicatorFields } from './follow-up-indicator-fields';
import { FollowUpMeasureFields } from './follow-up-measure-fields';
import { breakdownLabel } from './follow-up-texts';
import { checkFollowUp, type FollowUpProblem, type FollowUpValues } from './follow-up-values';
import './follow-up-form.css';

interface Props {
  defaultValues: FollowUpValues;
  indicators: IndicatorRef[];
  measures: MeasureRef[];
  saving: boolean;
  onSave: (values: FollowUpValues) => void;
  onCancel: () => void;
  /** Called with all the values on every change (the page keeps them until saved). */
  onChange?: (values: FollowUpValues) => void;
}

/** Puts `value` at a dotted `path` (array indexes as numbers) of `target`, as RHF reads nested errors. */
function setPath(target: Record<string, unknown>, path: string, value: unknown) {
  const parts = path.split('.');
  let at: Record<string, unknown> = target;
  parts.slice(0, -1).forEach((part, i) => {
    const nextIsIndex = /^\d+$/.test(parts[i + 1]!);
    at[part] ??= nextIsIndex ? [] : {};
    at = at[part] as Record<string, unknown>;
  });
  at[parts.at(-1)!] = value;
}

const resolver: Resolver<FollowUpValues> = (values) => {
  const problems = checkFollowUp(values);
  if (!problems.length) return { values, errors: {} };
  const errors: Record<string, unknown> = {};
  for (const p of problems) setPath(errors, p.path, { type: 'validate', message: p.code });
  return { values: {}, errors: errors as FieldErrors<FollowUpValues> };
};

export function FollowUpForm({ defaultValues, indicators, measures, saving, onSave, onCancel, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const form = useForm<FollowUpValues>({ defaultValues, resolver, shouldFocusError: false });
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (summary.length) summaryRef.current?.focus();
  }, [summary]);
  useEffect(() => {
    if (!onChange) return;
    // Rows added or removed count too: the values' subscription reports every change.
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => onChange(values) });
  }, [form, onChange]);

  /** Where a problem is, in words: "Besök per vecka, Kön, rad 2". */
  const where = (p: FollowUpProblem, values: FollowUpValues) => {
    if (p.indicator === undefined) return t('followUp.form.date');
    const entry = values.indicators[p.indicator];
    const name = indicators.find((r) => r.itemId === entry?.itemId)?.name || t('followUp.form.unnamedIndicator', { number: p.indicator + 1 });
    const row = entry?.figures[p.row ?? 0];
    const breakdown = row?.breakdown ?? '';
    const number = (entry?.figures ?? []).slice(0, (p.row ?? 0) + 1).filter((f) => f.breakdown === breakdown).length;
    return t('followUp.form.where', { indicator: name, breakdown: breakdownLabel(t, (k) => i18n.exists(k), breakdown), row: number });
  };

  const refused = () => {
    const values = form.getValues();
    setSummary(checkFollowUp(values).map((p) => ({ href: `#${fieldDomId(p.path)}`, text: `${where(p, values)}: ${t(ERROR_TEXT[p.code])}` })));
  };

  return (
    <FormProvider {...form}>
      <ErrorSummary ref={summaryRef} errors={summary} />
      <form
        noValidate
        className="follow-up-form"
        onSubmit={form.handleSubmit((v) => {
          setSummary([]);
          onSave(v);
        }, refused)}
      >
        <TextInput path="date" kind="date" label={t('followUp.form.date')} hint={t('followUp.form.dateHint')} />
        <h2>{t('followUp.form.indicatorsHeading')}</h2>
        {defaultValues.indicators.length === 0 ? (
          <p>{t('followUp.form.noIndicators')}</p>
        ) : (
          defaultValues.indicators.map((ind, i) => <FollowUpIndicatorFields key={ind.itemId} index={i} indicator={indicators.find((r) => r.itemId === ind.itemId)} />)
        )}
        <h2>{t('followUp.form.measuresHeading')}</h2>
        {defaultValues.measures.length === 0 ? (
          <p>{t('followUp.form.noMeasures')}</p>
        ) : (
          defaultValues.measures.map((m, i) => <FollowUpMeasureFields key={m.itemId} index={i} measure={measures.find((r) => r.itemId === m.itemId)} />)
        )}
        <h2>{t('followUp.form.summaryHeading')}</h2>
        <TextInput path="summary" kind="long" label={t('followUp.form.summary')} hint={t('followUp.form.summaryHint')} />
        <div className="actions">
          <button type="submit" className="button--primary" disabled={saving}>
            {t('followUp.form.save')}
          </button>
          <button type="button" className="button--secondary" onClick={onCancel}>
            {t('followUp.form.cancel')}
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
