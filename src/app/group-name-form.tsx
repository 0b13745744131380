/**
 * A workshop group names itself before it starts: one labelled, required
 * field with a hint saying where the name is used, and an error message tied
 * to the field (and focus back on it) when it is left empty.
 */
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The longest group name: enough for "Grupp 3 – Anna, Bo och Cecilia", short enough for a column heading. */
export const MAX_GROUP_NAME = 80;

export function GroupNameForm({ onName }: { onName: (name: string) => Promise<void> }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (value.trim() === '') {
      setMissing(true);
      input.current?.focus();
      return;
    }
    setBusy(true);
    void onName(value).finally(() => setBusy(false));
  };

  return (
    <form noValidate onSubmit={submit}>
      <div className={`field${missing ? ' field--error' : ''}`}>
        <label htmlFor={id} className="label">
          {t('join.nameLabel')}
        </label>
        <p id={`${id}-hint`} className="hint">
          {t('join.nameHint')}
        </p>
        {missing && (
          <p id={`${id}-error`} className="error-message">
            <span className="visually-hidden">{t('errors.prefix')} </span>
            {t('join.nameMissing')}
          </p>
        )}
        <input
          ref={input}
          id={id}
          type="text"
          autoComplete="off"
          maxLength={MAX_GROUP_NAME}
          required
          aria-invalid={missing || undefined}
          aria-describedby={missing ? `${id}-hint ${id}-error` : `${id}-hint`}
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            if (e.target.value.trim()) setMissing(false);
          }}
        />
      </div>
      <div className="actions">
        <button type="submit" className="button--primary" disabled={busy}>
          {t('join.start')}
        </button>
      </div>
    </form>
  );
}
