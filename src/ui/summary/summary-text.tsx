/**
 * The konsekvensbeskrivning, ready to paste into the decision memo: one
 * selectable paragraph and a copy button. Presentational: it words the
 * sentences that `consequenceSummary()` made (in the active language) and
 * knows nothing of the assessment.
 *
 * Copying uses the async clipboard API. Where it is missing or refuses
 * (an insecure page, a denied permission), the paragraph is selected instead
 * and the user is told to press Ctrl+C. Either outcome is announced politely
 * in an `<output>` (role status), and only while the text is the one copied.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummarySentence } from '../../assessment/consequence-summary';
import { isLanguage } from '../../i18n/languages';
import { renderSummary } from '../../i18n/sentences';

export interface ConsequenceSummaryProps {
  sentences: readonly SummarySentence[];
}

type Outcome = { text: string; kind: 'copied' | 'selected' };

/** Selects the contents of `element`, so that Ctrl+C copies them. */
function select(element: HTMLElement | null) {
  const selection = window.getSelection();
  if (!element || !selection) return;
  const range = document.createRange();
  range.selectNodeContents(element);
  selection.removeAllRanges();
  selection.addRange(range);
}

export function ConsequenceSummary({ sentences }: ConsequenceSummaryProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const text = renderSummary(t, lang, sentences);

  const copy = async () => {
    // Clear first, so that copying twice is announced twice.
    setOutcome(null);
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('No clipboard API');
      await navigator.clipboard.writeText(text);
      setOutcome({ text, kind: 'copied' });
    } catch {
      select(paragraph.current);
      setOutcome({ text, kind: 'selected' });
    }
  };

  const current = outcome?.text === text ? outcome.kind : null;
  return (
    <section className="result-section summary-text" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('summaryText.ui.heading')}</h2>
      <p className="hint" id={`${id}-hint`}>
        {t('summaryText.ui.hint')}
      </p>
      {sentences.length === 0 ? (
        <p>{t('summaryText.ui.empty')}</p>
      ) : (
        <>
          <blockquote className="summary-text__quote">
            <p ref={paragraph} id={`${id}-text`}>
              {text}
            </p>
          </blockquote>
          <div className="actions">
            <button type="button" className="button--secondary" onClick={() => void copy()}>
              {t('summaryText.ui.copy')}
            </button>
          </div>
          <output id={`${id}-status`} aria-live="polite" htmlFor={`${id}-text`}>
            {current === 'copied' ? t('summaryText.ui.copied') : current === 'selected' ? t('summaryText.ui.copyFallback') : ''}
          </output>
        </>
      )}
    </section>
  );
}
