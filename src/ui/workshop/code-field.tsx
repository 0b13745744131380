/**
 * A workshop session's code, typed: one labelled field with a hint saying
 * where the code is found, and an error tied to it (focus back on the field)
 * when what was typed is no code. Used by a group handing in and by the
 * debrief reading a session's hand-ins.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { readWorkshopCode } from '../../sync/workshop-code';

export function CodeField({ submitLabel, busy, onCode }: { submitLabel: string; busy?: boolean; onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const code = readWorkshopCode(value);
    if (!code) {
      setInvalid(true);
      input.current?.focus();
      return;
    }
    setInvalid(false);
    onCode(code);
  };

  return (
    <form noValidate onSubmit={submit}>
      <div className={`field${invalid ? ' field--error' : ''}`}>
        <label htmlFor={id} className="label">
          {t('workshopServer.codeLabel')}
        </label>
        <p id={`${id}-hint`} className="hint">
          {t('workshopServer.codeHint')}
        </p>
        {invalid && (
          <p id={`${id}-error`} className="error-message">
            <span className="visually-hidden">{t('errors.prefix')} </span>
            {t('workshopServer.codeInvalid')}
          </p>
        )}
        <input
          ref={input}
          id={id}
          type="text"
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={12}
          required
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${id}-hint ${id}-error` : `${id}-hint`}
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {submitLabel}
        </button>
      </div>
    </form>
  );
}
