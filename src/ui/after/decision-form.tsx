/**
 * The decision on record as one form: diarienummer, committee, meeting
 * date, paragraph, outcome and what changed (required when the decision
 * amended or postponed the proposal). An invalid submit shows the error
 * summary used on the step forms, which takes focus and links each problem
 * to its field; each field also says its own error, tied with
 * aria-describedby.
 */
import { useEffect, useRef, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DECISION_OUTCOMES } from '../../assessment/after/decision';
import { ErrorSummary, type SummaryError } from '../wizard/error-summary';
import { OUTCOME_TEXT } from './follow-up-texts';
import './follow-up-form.css';
import { checkDecision, DECISION_FIELDS, NEEDS_CHANGES, type DecisionField, type DecisionValues } from './decision-values';

interface Props {
  defaultValues: DecisionValues;
  onSave: (values: DecisionValues) => void;
  /** Called with all the values on every change (the page keeps them until saved). */
  onChange?: (values: DecisionValues) => void;
  saving: boolean;
}

const resolver: Resolver<DecisionValues> = (values) => {
  const found = checkDecision(values);
  const errors: FieldErrors<DecisionValues> = {};
  for (const [field, code] of Object.entries(found)) errors[field as DecisionField] = { type: 'validate', message: code };
  return Object.keys(errors).length ? { values: {}, errors } : { values, errors: {} };
};

const fieldId = (field: DecisionField) => `decision-${field}`;

const LABEL: Record<DecisionField, string> = {
  caseNumber: 'decision.fields.caseNumber',
  body: 'decision.fields.body',
  meetingDate: 'decision.fields.meetingDate',
  paragraph: 'decision.fields.paragraph',
  outcome: 'decision.fields.outcome',
  changes: 'decision.fields.changes',
};
const HINT: Partial<Record<DecisionField, string>> = {
  caseNumber: 'decision.hints.caseNumber',
  body: 'decision.hints.body',
  paragraph: 'decision.hints.paragraph',
  changes: 'decision.hints.changes',
};
/** The error codes of `checkDecision`, each with its text. */
const ERROR: Record<string, string> = {
  caseNumber: 'decision.errors.caseNumber',
  meetingDate: 'decision.errors.meetingDate',
  meetingDateInvalid: 'decision.errors.meetingDateInvalid',
  paragraph: 'decision.errors.paragraph',
  outcome: 'decision.errors.outcome',
  'changes-amended': 'decision.errors.changes-amended',
  'changes-postponed': 'decision.errors.changes-postponed',
};
const errorText = (code: string) => ERROR[code] ?? 'decision.errors.outcome';

export function DecisionForm({ defaultValues, onSave, onChange, saving }: Props) {
  const { t } = useTranslation();
  const form = useForm<DecisionValues>({ defaultValues, resolver, shouldFocusError: false });
  const { register, formState } = form;
  const outcome = useWatch({ control: form.control, name: 'outcome' });
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const summaryRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (summary.length) summaryRef.current?.focus();
  }, [summary]);
  useEffect(() => {
    if (!onChange) return;
    return form.subscribe({ formState: { values: true }, callback: ({ values }) => onChange(values) });
  }, [form, onChange]);

  const errorOf = (field: DecisionField) => formState.errors[field]?.message;
  const refused = (errors: FieldErrors<DecisionValues>) =>
    setSummary(
      DECISION_FIELDS.flatMap((f) => {
        const code = errors[f]?.message;
        return code ? [{ href: `#${f === 'outcome' ? `${fieldId(f)}-group` : fieldId(f)}`, text: t(errorText(code)) }] : [];
      }),
    );

  /** The props every text input shares: its id, error state and what describes it. */
  const described = (field: DecisionField, hint?: boolean) => {
    const code = errorOf(field);
    const ids = [hint && `${fieldId(field)}-hint`, code && `${fieldId(field)}-error`].filter(Boolean).join(' ');
    return { id: fieldId(field), 'aria-invalid': code ? true : undefined, 'aria-describedby': ids || undefined };
  };
  const error = (field: DecisionField) => {
    const code = errorOf(field);
    return code ? (
      <p id={`${fieldId(field)}-error`} className="error-message">
        <span className="visually-hidden">{t('errors.prefix')} </span>
        {t(errorText(code))}
      </p>
    ) : null;
  };
  const textField = (field: DecisionField, opts: { hint?: boolean; type?: 'text' | 'date'; required?: boolean } = {}) => (
    <div className={`field${errorOf(field) ? ' field--error' : ''}`}>
      <label htmlFor={fieldId(field)} className="label">
        {t(LABEL[field])}
        {!opts.required && <span className="optional"> {t('decision.optional')}</span>}
      </label>
      {opts.hint && (
        <p id={`${fieldId(field)}-hint`} className="hint">
          {t(HINT[field] ?? '')}
        </p>
      )}
      {error(field)}
      <input type={opts.type ?? 'text'} className={opts.type === 'date' ? 'input--date' : undefined} {...described(field, opts.hint)} {...register(field)} />
    </div>
  );

  const changesRequired = outcome !== '' && NEEDS_CHANGES.has(outcome);
  return (
    <>
      <ErrorSummary ref={summaryRef} errors={summary} />
      <form
        noValidate
        className="decision-form"
        onSubmit={form.handleSubmit((v) => {
          setSummary([]);
          onSave(v);
        }, refused)}
      >
        {textField('caseNumber', { hint: true, required: true })}
        {textField('body', { hint: true })}
        {textField('meetingDate', { type: 'date', required: true })}
        {textField('paragraph', { hint: true, required: true })}
        <fieldset
          id={`${fieldId('outcome')}-group`}
          tabIndex={-1}
          className={`field choice${errorOf('outcome') ? ' field--error' : ''}`}
          aria-describedby={errorOf('outcome') ? `${fieldId('outcome')}-error` : undefined}
        >
          <legend className="label">{t(LABEL.outcome)}</legend>
          {error('outcome')}
          <div className="choice__options">
            {DECISION_OUTCOMES.map((o) => (
              <div className="choice__option" key={o}>
                <input type="radio" id={`${fieldId('outcome')}-${o}`} value={o} {...register('outcome')} />
                <label htmlFor={`${fieldId('outcome')}-${o}`}>{t(OUTCOME_TEXT[o])}</label>
              </div>
            ))}
          </div>
        </fieldset>
        <div className={`field${errorOf('changes') ? ' field--error' : ''}`}>
          <label htmlFor={fieldId('changes')} className="label">
            {t(LABEL.changes)}
            {!changesRequired && <span className="optional"> {t('decision.optional')}</span>}
          </label>
          <p id={`${fieldId('changes')}-hint`} className="hint">
            {t(HINT.changes ?? '')}
          </p>
          {error('changes')}
          <textarea rows={4} {...described('changes', true)} {...register('changes')} />
        </div>
        <div className="actions">
          <button type="submit" className="button--primary" disabled={saving}>
            {t('decision.save')}
          </button>
        </div>
      </form>
    </>
  );
}
