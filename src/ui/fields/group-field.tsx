/**
 * A repeatable group (affected groups, measures, indicators …): each item is
 * a fieldset with its own fields and buttons to move it up or down or
 * remove it; a button adds a new item and moves focus into it. Items keep
 * their stable id (`_id`) through reordering, so answers that refer to an
 * item (consequences per group) follow it.
 */
import { useRef } from 'react';
import { useFieldArray, useFormContext, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { GroupQuestion } from '../../questionnaire/schema';
import { domId, encode, fieldName, newItem } from '../form/form-values';
import { ErrorMessage, Hint, useFieldState } from './field-frame';
import { ScalarField } from './scalar-field';
import { useStep } from './step-context';
import { useQuestionTexts } from './texts';

export function GroupField({ name, question }: { name: string; question: GroupQuestion }) {
  const { t } = useTranslation();
  const { texts } = useQuestionTexts();
  const { newId } = useStep();
  const { control, setFocus } = useFormContext();
  const { fields, append, remove, move } = useFieldArray({ control, name, keyName: 'key' });
  const items = (useWatch({ control, name }) ?? []) as Array<Record<string, unknown>>;
  const own = texts(question);
  const { id, code, describedBy } = useFieldState(`${name}.root`, own);
  const addButton = useRef<HTMLButtonElement>(null);

  const title = (index: number) => {
    const label = items[index]?.[encode(question.itemLabel)];
    return typeof label === 'string' && label.trim() ? label.trim() : t('wizard.itemFallback', { number: index + 1 });
  };

  return (
    <fieldset className={`field group${code ? ' field--error' : ''}`} id={domId(name)} tabIndex={-1} aria-describedby={describedBy}>
      <legend className="label">{own.label}</legend>
      <Hint id={id} texts={own} />
      <ErrorMessage id={id} code={code} />
      {fields.map((field, index) => (
        <fieldset key={field.key} className="group__item">
          <legend>{t('wizard.itemLegend', { number: index + 1, title: title(index) })}</legend>
          {question.fields.map((f) => (
            <ScalarField key={f.id} name={fieldName(question.id, index, f.id)} question={f} />
          ))}
          <div className="group__actions">
            <button type="button" className="button--secondary" disabled={index === 0} onClick={() => move(index, index - 1)}>
              {t('wizard.moveUp')}
              <span className="visually-hidden">: {title(index)}</span>
            </button>
            <button
              type="button"
              className="button--secondary"
              disabled={index === fields.length - 1}
              onClick={() => move(index, index + 1)}
            >
              {t('wizard.moveDown')}
              <span className="visually-hidden">: {title(index)}</span>
            </button>
            <button
              type="button"
              className="button--warning"
              onClick={() => {
                remove(index);
                addButton.current?.focus();
              }}
            >
              {t('wizard.removeItem')}
              <span className="visually-hidden">: {title(index)}</span>
            </button>
          </div>
        </fieldset>
      ))}
      {(!question.maxItems || fields.length < question.maxItems) && (
        <button
          type="button"
          ref={addButton}
          className="button--secondary"
          onClick={() => {
            append(newItem(question, newId()), { shouldFocus: false });
            // Focus the new item's first field once it is rendered.
            setTimeout(() => setFocus(fieldName(question.id, fields.length, question.fields[0]!.id)), 0);
          }}
        >
          {t('wizard.addItem', { what: own.label })}
        </button>
      )}
    </fieldset>
  );
}
