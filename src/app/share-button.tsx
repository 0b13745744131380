/**
 * "Share as a link": the assessment packed into a link's fragment, for
 * sending to a colleague or a workshop group without any server. A warning
 * about personal data comes first and the link is made only after the user
 * has read it; an assessment too large for a safe link is offered as a file
 * instead, with the reason. Copying falls back to a selected text field.
 * The link opens in the language it was made in.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../assessment/assessment';
import { isLanguage } from '../i18n/languages';
import type { QuestionnaireFile } from '../questionnaire/schema';
import { JsonButton } from './json-button';

type State =
  | { step: 'closed' }
  | { step: 'warning' }
  | { step: 'link'; url: string; copied: 'no' | 'yes' | 'failed' }
  | { step: 'too-long'; length: number; limit: number };

export function ShareButton({ file, assessment }: { file: QuestionnaireFile; assessment: () => Assessment }) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ step: 'closed' });
  const field = useRef<HTMLTextAreaElement>(null);
  const panel = useId();

  const make = async () => {
    // The codec and its compression library are loaded only when a link is made.
    const { shareLink } = await import('../assessment/share-link');
    // The link carries the language it is shared in, and opens in it.
    const link = shareLink(window.location.href, assessment(), isLanguage(i18n.language) ? i18n.language : undefined);
    setState(link.ok ? { step: 'link', url: link.url, copied: 'no' } : { step: 'too-long', length: link.length, limit: link.limit });
    if (link.ok) requestAnimationFrame(() => field.current?.focus());
  };
  const copy = async (url: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ step: 'link', url, copied: 'yes' });
    } catch {
      field.current?.focus();
      field.current?.select();
      setState({ step: 'link', url, copied: 'failed' });
    }
  };

  return (
    <>
      <button
        type="button"
        className="button--secondary"
        aria-expanded={state.step !== 'closed'}
        aria-controls={panel}
        onClick={() => setState(state.step === 'closed' ? { step: 'warning' } : { step: 'closed' })}
      >
        {t('share.button')}
      </button>
      {state.step !== 'closed' && (
        <section id={panel} className="share" aria-labelledby={`${panel}-heading`}>
          <h2 id={`${panel}-heading`}>{t('share.heading')}</h2>
          <p className="notice notice--warning">
            <strong>{t('share.warning')}</strong>
          </p>
          <p>{t('share.how')}</p>
          {state.step === 'warning' && (
            <button type="button" className="button--primary" onClick={() => void make()}>
              {t('share.make')}
            </button>
          )}
          {state.step === 'link' && (
            <>
              <label className="label" htmlFor={`${panel}-link`}>
                {t('share.label')}
              </label>
              <textarea id={`${panel}-link`} ref={field} className="share__link" readOnly rows={4} value={state.url} onFocus={(e) => e.currentTarget.select()} />
              <div className="actions">
                <button type="button" className="button--primary" onClick={() => void copy(state.url)}>
                  {t('share.copy')}
                </button>
              </div>
            </>
          )}
          <output className="share__status">{state.step === 'link' && state.copied !== 'no' ? t(state.copied === 'yes' ? 'share.copied' : 'share.copyFailed') : ''}</output>
          {state.step === 'too-long' && (
            <div role="alert">
              <p>{t('share.tooLong', { length: state.length, limit: state.limit })}</p>
              <JsonButton file={file} assessment={assessment} />
            </div>
          )}
        </section>
      )}
    </>
  );
}
