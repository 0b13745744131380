/**
 * What every field shares: its hint, what the tool knows (a criterion on the
 * check step), its help text (explaining a term) and its error message, each
 * with an id that the input lists in `aria-describedby`. Errors come from the form state and are translated
 * from their code.
 */
import { useFormState, get } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { domId } from '../form/form-values';
import { TermsHere } from '../glossary/terms-here';
import type { QuestionTexts } from './texts';
import { ToolSays } from './tool-says';

/** Ids of the hint, help and error elements of a field, and whether it is in error. */
export function useFieldState(name: string, texts: QuestionTexts) {
  const { errors } = useFormState({ name });
  const id = domId(name);
  const error = get(errors, name) as { message?: string; root?: { message?: string } } | undefined;
  const code = error?.message ?? error?.root?.message;
  const describedBy = [texts.hint && `${id}-hint`, texts.tool && `${id}-tool`, texts.help && `${id}-help`, code && `${id}-error`]
    .filter(Boolean)
    .join(' ');
  return { id, code, describedBy: describedBy || undefined };
}

export function Hint({ id, texts }: { id: string; texts: QuestionTexts }) {
  const { t } = useTranslation();
  const hint = texts.hint && (
    <p id={`${id}-hint`} className="hint">
      {texts.hint}
    </p>
  );
  const more = Boolean(texts.help || texts.terms?.length) && (
    <>
      {texts.help && (
        <details className="help" id={`${id}-help`}>
          <summary>{t('wizard.help')}</summary>
          <p>{texts.help}</p>
        </details>
      )}
      <TermsHere ids={texts.terms} scope="question" />
    </>
  );
  // The explanation and the terms follow the hint on its last line while
  // closed, like a "read more" link, instead of taking a line each; an open
  // one takes the whole width below. What the tool knows (the check step)
  // stays between the hint and them, as a block of its own.
  if (texts.tool)
    return (
      <>
        {hint}
        <ToolSays id={`${id}-tool`} fieldId={id} tool={texts.tool} />
        {more && <div className="field__about">{more}</div>}
      </>
    );
  return (hint || more) && (
    <div className="field__about">
      {hint}
      {more}
    </div>
  );
}

export function ErrorMessage({ id, code }: { id: string; code?: string }) {
  const { t } = useTranslation();
  if (!code) return null;
  return (
    <p id={`${id}-error`} className="error-message">
      <span className="visually-hidden">{t('errors.prefix')} </span>
      {t(`errors.${code}`)}
    </p>
  );
}
