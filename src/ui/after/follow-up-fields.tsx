/**
 * The small parts the follow-up form is built of: a labelled text input and
 * a group of radio buttons, each saying its own error (tied with
 * aria-describedby) from the form state. Errors are codes, read through
 * `ERROR_TEXT`.
 */
import type { ReactNode } from 'react';
import { get, useFormContext, useFormState } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FollowUpProblem } from './follow-up-values';

/** The text of each error code of `checkFollowUp`. */
export const ERROR_TEXT: Record<FollowUpProblem['code'], string> = {
  date: 'followUp.errors.date',
  dateInvalid: 'followUp.errors.dateInvalid',
  category: 'followUp.errors.category',
  categoryTwice: 'followUp.errors.categoryTwice',
  number: 'followUp.errors.number',
};

/** The id of a field's element, from its path in the form values. */
export const fieldDomId = (path: string) => `fu-${path.replace(/\./g, '-')}`;

function useError(path: string): FollowUpProblem['code'] | undefined {
  const { errors } = useFormState({ name: path as never });
  return (get(errors, path) as { message?: FollowUpProblem['code'] } | undefined)?.message;
}

function ErrorLine({ id, code }: { id: string; code: FollowUpProblem['code'] | undefined }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {t(ERROR_TEXT[code])}
    </p>
  );
}

interface TextProps {
  path: string;
  label: ReactNode;
  hint?: string;
  kind?: 'text' | 'date' | 'number' | 'long';
  className?: string;
}

export function TextInput({ path, label, hint, kind = 'text', className }: TextProps) {
  const { register } = useFormContext();
  const code = useError(path);
  const id = fieldDomId(path);
  const describedBy = [hint && `${id}-hint`, code && `${id}-error`].filter(Boolean).join(' ') || undefined;
  const common = { id, 'aria-invalid': code ? true : undefined, 'aria-describedby': describedBy, ...register(path) };
  return (
    <div className={`field${code ? ' field--error' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id} className="label">
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <ErrorLine id={id} code={code} />
      {kind === 'long' ? (
        <textarea rows={3} {...common} />
      ) : kind === 'number' ? (
        <input type="text" inputMode="decimal" autoComplete="off" className="input--number" {...common} />
      ) : (
        <input type={kind} className={kind === 'date' ? 'input--date' : undefined} {...common} />
      )}
    </div>
  );
}

interface RadioProps {
  path: string;
  legend: string;
  hint?: string;
  options: { value: string; label: string }[];
}

export function RadioGroup({ path, legend, hint, options }: RadioProps) {
  const { register } = useFormContext();
  const id = fieldDomId(path);
  return (
    <fieldset className="field choice choice--inline" id={id} aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend className="label">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      <div className="choice__options">
        {options.map((o) => (
          <div className="choice__option" key={o.value}>
            <input type="radio" id={`${id}-${o.value || 'none'}`} value={o.value} {...register(path)} />
            <label htmlFor={`${id}-${o.value || 'none'}`}>{o.label}</label>
          </div>
        ))}
      </div>
    </fieldset>
  );
}
