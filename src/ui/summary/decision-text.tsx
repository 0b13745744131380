/**
 * The decision text, ready to paste into the tjänsteskrivelse: one block per
 * heading that organisations' templates use, each with its own copy button
 * (which copies the block's text without its heading, since the template
 * already has the heading), a "copy all" button (headings included), and the
 * short variant for templates with a single "Konsekvenser" paragraph.
 * Presentational: it words the `DecisionText` that `decisionText()` made, in
 * the active language, and knows nothing of the assessment.
 *
 * Copying is `copyText()`: the clipboard API, or else the text on screen is
 * selected and the user told to press Ctrl+C. A polite `<output>` beside the
 * button says what happened and to which block, and only while that text is
 * still the one shown, so a stale "copied" never outlives a change of answers.
 */
import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionText } from '../../assessment/decision-text/types';
import { PARAGRAPH_BREAK, wordDecisionText } from '../../i18n/decision-text';
import { withSubject } from '../../i18n/subject';
import { isLanguage } from '../../i18n/languages';
import { copyText, type CopyOutcome } from './copy';
import './decision-text.css';
import { allText } from './plain-text';

export interface DecisionTextPanelProps {
  text: DecisionText;
}

/** What was copied last: a block id, 'all' or 'short', the text, and how. */
type Outcome = { target: string; text: string; kind: CopyOutcome };

/** Paragraphs of a block's text, as the wording separates them. */
const paragraphs = (text: string) => text.split(PARAGRAPH_BREAK);

export function DecisionTextPanel({ text }: DecisionTextPanelProps) {
  const { t: translate, i18n } = useTranslation();
  // An audit's text is introduced as an audit's (src/i18n/subject.ts).
  const t = withSubject(translate, text.subject);
  const id = useId();
  const shown = useRef(new Map<string, HTMLElement | null>());
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const worded = wordDecisionText(t, lang, text);
  const all = allText(worded.blocks);
  const current: Record<string, { text: string; heading: string }> = {
    all: { text: all, heading: '' },
    short: { text: worded.short, heading: t('decisionText.ui.shortHeading') },
    ...Object.fromEntries(worded.blocks.map((b) => [b.id, { text: b.text, heading: b.heading }])),
  };

  const copy = async (target: string) => {
    const what = current[target];
    if (!what) return;
    // Clear first, so that copying the same text twice is announced twice.
    setOutcome(null);
    const kind = await copyText(what.text, shown.current.get(target) ?? null);
    setOutcome({ target, text: what.text, kind });
  };

  const live = outcome && current[outcome.target]?.text === outcome.text ? outcome : null;
  const status = !live
    ? ''
    : live.target === 'all'
      ? t(live.kind === 'copied' ? 'decisionText.ui.copiedAll' : 'decisionText.ui.copyFallbackAll')
      : t(live.kind === 'copied' ? 'decisionText.ui.copied' : 'decisionText.ui.copyFallback', { heading: current[live.target]!.heading });

  const keep = (target: string) => (element: HTMLElement | null) => {
    shown.current.set(target, element);
  };
  // Each button has its own polite output beside it, so the word "copied"
  // appears where the user is looking; only the one for the last copy speaks.
  const copyRow = (target: string, label: string, heading?: string) => (
    <div className="actions decision-text__actions">
      {/* The name starts with the visible label (WCAG 2.5.3) and says which text, for screen readers. */}
      <button
        type="button"
        className="button--secondary"
        aria-label={heading ? `${label} ${t('decisionText.ui.copyWhich', { heading })}` : undefined}
        onClick={() => void copy(target)}
      >
        {label}
      </button>
      <output aria-live="polite">{live?.target === target ? status : ''}</output>
    </div>
  );

  return (
    <section className="result-section decision-text" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('decisionText.ui.heading')}</h2>
      <p className="hint">{t('decisionText.ui.hint')}</p>
      {worded.blocks.length === 0 ? (
        <p>{t('decisionText.ui.empty')}</p>
      ) : (
        <>
          {copyRow('all', t('decisionText.ui.copyAll'))}
          <div className="decision-text__blocks" ref={keep('all')}>
            {worded.blocks.map((block) => (
              <div className="decision-text__block" key={block.id} data-block={block.id}>
                <h3 id={`${id}-${block.id}`}>{block.heading}</h3>
                <div className="decision-text__text" ref={keep(block.id)}>
                  {paragraphs(block.text).map((p, i) => (
                    <p key={i}>{p}</p>
                  ))}
                </div>
                {copyRow(block.id, t('decisionText.ui.copy'), block.heading)}
              </div>
            ))}
          </div>
          {worded.short && (
            <div className="decision-text__block decision-text__short" data-block="short">
              <h3>{t('decisionText.ui.shortHeading')}</h3>
              <p className="hint">{t('decisionText.ui.shortHint')}</p>
              <div className="decision-text__text" ref={keep('short')}>
                {paragraphs(worded.short).map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </div>
              {copyRow('short', t('decisionText.ui.copy'), t('decisionText.ui.shortHeading'))}
            </div>
          )}
        </>
      )}
    </section>
  );
}
