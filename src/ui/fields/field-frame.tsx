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
import type { QuestionTexts, ToolTexts } from './texts';

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
      {texts.tool && <ToolSays id={`${id}-tool`} tool={texts.tool} />}
      {texts.help && (
        <details className="help" id={`${id}-help`}>
          <summary>{t('wizard.help')}</summary>
          <p>{texts.help}</p>
        </details>
      )}
      <TermsHere ids={texts.terms} scope="question" />
    </>
  );
}

/** What the answers so far show about a criterion, in text: a suggestion the user may still disagree with. */
function ToolSays({ id, tool }: { id: string; tool: ToolTexts }) {
  const { t } = useTranslation();
  return (
    <div id={id} className="tool-says">
      {tool.proposal && (
        <p className="tool-says__proposal">
          <strong>{tool.proposal}</strong>
        </p>
      )}
      {tool.reasons.length > 0 && (
        <>
          {!tool.proposal && <p>{t('wizard.toolShows')}</p>}
          <ul>
            {tool.reasons.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </>
      )}
      {tool.relevant.length > 0 && (
        <>
          <p>{t('wizard.toolApplies')}</p>
          <ul>
            {tool.relevant.map((r, i) => (
              <li key={i}>{r}</li>
            ))}
          </ul>
        </>
      )}
      {tool.proposal && <p>{t('wizard.toolDisagree')}</p>}
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
