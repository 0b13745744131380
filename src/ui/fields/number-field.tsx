/**
 * A number question: a text input with the decimal keypad on phones
 * (`inputmode="decimal"`, not `type="number"`, which drops a decimal comma in
 * some browsers and changes the value on scroll). Both "12,5" and "12.5" are
 * accepted; the answer is stored as "12.5" (see `fromFormValues`). A stored
 * number is shown with the reader's decimal sign, and what the user types is
 * left exactly as typed. The unit stands after the input, and the accepted
 * range (and the unit, in words) is said in a line the input lists in
 * `aria-describedby`.
 */
import { useState } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { numberRange } from '../../assessment/answer-list';
import { canonicalNumber, parseNumber } from '../../questionnaire/answers';
import type { FieldProps } from './field-props';
import { ErrorMessage, Hint, useFieldState } from './field-frame';

/** A stored number with the language's decimal sign ("12.5" → "12,5" in Swedish); anything else as it is. */
export function localNumber(value: string, lang: string): string {
  return lang.startsWith('sv') && parseNumber(value) !== null ? value.replace('.', ',') : value;
}

export function NumberField({ name, question, texts }: FieldProps) {
  const { t, i18n } = useTranslation();
  const { control } = useFormContext();
  // Taken apart: the lint reads the whole `field` as a ref once its `ref` is passed on.
  const {
    field: { ref, value, onChange, onBlur },
  } = useController({ name, control });
  const { id, code, describedBy } = useFieldState(name, texts);
  const stored = typeof value === 'string' ? value : '';
  const [typed, setTyped] = useState(() => localNumber(stored, i18n.language));
  // Keep what the user typed while it means the form's value; a value set from elsewhere (a reset, an example) replaces it.
  const shown = canonicalNumber(typed) === canonicalNumber(stored) ? typed : localNumber(stored, i18n.language);
  if (question.type !== 'number') throw new Error(`NumberField got a ${question.type} question (${question.id}).`);
  const { key, params } = numberRange(question);
  const range = t(key, params);
  const unit = question.unit === 'percent' ? t('numbers.unit.percent') : '';
  return (
    <div className={`field${code ? ' field--error' : ''}`}>
      <label htmlFor={id} className="label">
        {texts.label}
        {texts.labelContext && <span className="visually-hidden">: {texts.labelContext}</span>}
      </label>
      <Hint id={id} texts={texts} />
      <p id={`${id}-range`} className="hint number-field__range">
        {range}
      </p>
      <ErrorMessage id={id} code={code} />
      <div className="number-field">
        <input
          id={id}
          ref={ref}
          name={name}
          type="text"
          inputMode="decimal"
          autoComplete="off"
          className="input--number"
          value={shown}
          onChange={(e) => {
            setTyped(e.target.value);
            onChange(e.target.value);
          }}
          onBlur={onBlur}
          aria-describedby={describedWithRange(id, describedBy)}
          aria-invalid={code ? true : undefined}
          aria-required={question.required || undefined}
        />
        {/* The unit is read from the range line; shown here for the eye only. */}
        {unit && (
          <span className="number-field__unit" aria-hidden="true">
            {unit}
          </span>
        )}
      </div>
    </div>
  );
}

/** The field's descriptions in the order they stand on the page: hint, tool, help, then the range, then any error. */
function describedWithRange(id: string, describedBy: string | undefined): string {
  const ids = (describedBy ?? '').split(' ').filter(Boolean);
  const error = `${id}-error`;
  return [...ids.filter((x) => x !== error), `${id}-range`, ...(ids.includes(error) ? [error] : [])].join(' ');
}
