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
  return (
    <>
      {texts.hint && (
        <p id={`${id}-hint`} className="hint">
          {texts.hint}
        </p>
      )}
      {texts.tool && <ToolSays id={`${id}-tool`} fieldId={id} tool={texts.tool} />}
      {Boolean(texts.help || texts.terms?.length) && (
        // The explanation and the terms share one line while both are closed (an open one takes the full width).
        <div className="field__more">
          {texts.help && (
            <details className="help" id={`${id}-help`}>
              <summary>{t('wizard.help')}</summary>
              <p>{texts.help}</p>
            </details>
          )}
          <TermsHere ids={texts.terms} scope="question" />
        </div>
      )}
    </>
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
