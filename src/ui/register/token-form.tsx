/**
 * Pasting a key (token) for the register, when the organisation's login gave
 * none or the one given was refused. An empty key is said in words next to
 * the field, not by a disabled button.
 */
import { useId, useState } from 'react';
import type { Translate } from './register-texts';

/** The form's words: the register's by default; sharing an assessment gives its own. */
export interface TokenTexts {
  heading: string;
  intro: string;
  label: string;
  hint: string;
  submit: string;
  empty: string;
}

const registerTexts = (t: Translate): TokenTexts => ({
  heading: t('register.token.heading'),
  intro: t('register.token.intro'),
  label: t('register.token.label'),
  hint: t('register.token.hint'),
  submit: t('register.token.submit'),
  empty: t('register.token.empty'),
});

interface Props {
  onToken: (token: string) => void;
  t: Translate;
  texts?: TokenTexts;
  /** A heading on a page of its own; none in the assessment's side column, which comes before the page's h1. */
  heading?: boolean;
}

export function TokenForm({ onToken, t, texts = registerTexts(t), heading = true }: Props) {
  const Heading = heading ? 'h2' : 'p';
  const id = useId();
  const [value, setValue] = useState('');
  const [empty, setEmpty] = useState(false);
  return (
    <section className="register-token" aria-labelledby={`${id}-heading`}>
      <Heading id={`${id}-heading`} className={heading ? undefined : 'register-token__title'}>
        {texts.heading}
      </Heading>
      <p>{texts.intro}</p>
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
            {texts.label}
          </label>
          <p id={`${id}-hint`} className="hint">
            {texts.hint}
          </p>
          {empty && (
            <p id={`${id}-error`} className="error-message">
              {texts.empty}
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
          {texts.submit}
        </button>
      </form>
    </section>
  );
}
