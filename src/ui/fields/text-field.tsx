/**
 * Text, long text and date questions: a labelled input or textarea. A text
 * input offers the names suggested for its question (./suggestions.ts), as
 * the browser's own list under the field; any other name can still be typed.
 */
import { useFormContext } from 'react-hook-form';
import type { FieldProps } from './field-props';
import { ErrorMessage, Hint, useFieldState } from './field-frame';
import { useSuggestions } from './suggestions';

export function TextField({ name, question, texts }: FieldProps) {
  const { register } = useFormContext();
  const { id, code, describedBy } = useFieldState(name, texts);
  const suggestions = useSuggestions(question.type === 'text' && question.format !== 'email' ? question.tags : undefined);
  const listId = suggestions.length ? `${id}-suggestions` : undefined;
  const common = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': code ? true : undefined,
    'aria-required': question.required || undefined,
    ...register(name),
  };
  return (
    <div className={`field${code ? ' field--error' : ''}`}>
      <label htmlFor={id} className="label">
        {texts.label}
        {texts.labelContext && <span className="visually-hidden">: {texts.labelContext}</span>}
      </label>
      <Hint id={id} texts={texts} />
      <ErrorMessage id={id} code={code} />
      {question.type === 'longtext' ? (
        <textarea rows={3} {...common} />
      ) : question.type === 'date' ? (
        <input type="date" className="input--date" {...common} />
      ) : (
        <>
          <input
            type={question.type === 'text' && question.format === 'email' ? 'email' : 'text'}
            autoComplete={question.type === 'text' && question.format === 'email' ? 'email' : 'off'}
            list={listId}
            {...common}
          />
          {listId && (
            <datalist id={listId}>
              {suggestions.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </datalist>
          )}
        </>
      )}
    </div>
  );
}
