/**
 * Pasting a key (token) for the register, when the organisation's login gave
 * none or the one given was refused. An empty key is said in words next to
 * the field, not by a disabled button.
 */
import { useId, useState } from 'react';
import type { Translate } from './register-texts';

interface Props {
  onToken: (token: string) => void;
  t: Translate;
}

export function TokenForm({ onToken, t }: Props) {
  const id = useId();
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <section className="register-token" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('register.token.heading')}</h2>
      <p>{t('register.token.intro')}</p>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          if (!value.trim()) return setEmpty(true);
          setEmpty(false);
          onToken(value.trim());
        }}
      >
        <div className={`field${empty ? ' field--error' : ''}`}>
          <label htmlFor={`${id}-token`} className="label">
            {t('register.token.label')}
          </label>
          <p id={`${id}-hint`} className="hint">
            {t('register.token.hint')}
          </p>
          {empty && (
            <p id={`${id}-error`} className="error-message">
              {t('register.token.empty')}
            </p>
          )}
          <input
            id={`${id}-token`}
            type="text"
            autoComplete="off"
            spellCheck={false}
            value={value}
            aria-describedby={empty ? `${id}-hint ${id}-error` : `${id}-hint`}
            aria-invalid={empty || undefined}
            onChange={(e) => setValue(e.target.value)}
          />
        </div>
        <button type="submit" className="button--primary">
          {t('register.token.submit')}
        </button>
      </form>
    </section>
  );
}
