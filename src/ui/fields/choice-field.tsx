/**
 * Single choice, rating scale and multiple choice: a fieldset whose legend
 * is the question, with radio buttons or checkboxes. A group-based question
 * with no items yet says so instead of showing an empty fieldset.
 */
import { useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { FieldProps } from './field-props';
import { ErrorMessage, Hint, useFieldState } from './field-frame';

export function ChoiceField({ name, question, texts, options }: FieldProps) {
  const { register } = useFormContext();
  const { t } = useTranslation();
  const { id, code, describedBy } = useFieldState(name, texts);
  const multiple = question.type === 'multi';
  return (
    <fieldset
      className={`field choice${question.type === 'scale' ? ' choice--scale' : ''}${code ? ' field--error' : ''}`}
      aria-describedby={describedBy}
      id={id}
      tabIndex={-1}
    >
      <legend className="label">{texts.label}</legend>
      <Hint id={id} texts={texts} />
      <ErrorMessage id={id} code={code} />
      {options.length === 0 ? (
        <p className="hint">{t('wizard.noItemsYet')}</p>
      ) : (
        options.map((option) => (
          <div className="choice__option" key={option.id}>
            <input
              type={multiple ? 'checkbox' : 'radio'}
              id={`${id}-${option.id}`}
              value={option.id}
              aria-invalid={code ? true : undefined}
              {...register(name)}
            />
            <label htmlFor={`${id}-${option.id}`}>{option.label}</label>
          </div>
        ))
      )}
    </fieldset>
  );
}
