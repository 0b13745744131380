/**
 * "Check your answers": every question of the branch taken with its answer,
 * each with a change link that opens its step and comes back here after
 * saving. Unanswered optional questions say so. Also offers the PDF.
 * Answers set aside from an earlier version of the questionnaire follow,
 * by question id, without change links (their questions are gone).
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Row, Section } from '../../assessment/answer-list';
import type { EarlierList } from '../../assessment/earlier-list';
import { useAnswerText } from './answer-text';

interface Props {
  sections: Section[];
  earlier: EarlierList[];
  complete: boolean;
  onChange: (stepId: string) => void;
  onComplete: () => void;
  onReopen: () => void;
  onBack: () => void;
  pdf: React.ReactNode;
}

function Rows({ rows, stepId, onChange, actions }: { rows: Row[]; stepId: string; onChange: (stepId: string) => void; actions: boolean }) {
  const { t } = useTranslation();
  const text = useAnswerText();
  const change = (label: string) =>
    actions && (
      <dd className="answers__action">
        <button type="button" className="link-button" onClick={() => onChange(stepId)}>
          {t('review.change')}
          <span className="visually-hidden"> {label}</span>
        </button>
      </dd>
    );
  return (
    <dl className="answers">
      {rows.map((row) => {
        if (row.kind === 'heading') {
          return (
            <div key={row.id} className="answers__heading">
              <dt>{text(row.label)}</dt>
            </div>
          );
        }
        if (row.kind === 'group') {
          return (
            <div key={row.id} className="answers__row">
              <dt>{text(row.label)}</dt>
              <dd>
                {row.items.length === 0 && <p>{t('answers.notAnswered')}</p>}
                {row.items.map((item, i) => (
                  <div key={item.id} className="answers__item">
                    <p className="answers__item-title">{item.title || t('wizard.itemFallback', { number: i + 1 })}</p>
                    <Rows rows={item.rows} stepId={stepId} onChange={onChange} actions={false} />
                  </div>
                ))}
              </dd>
              {change(text(row.label))}
            </div>
          );
        }
        const label = text(row.label);
        return (
          <div key={row.id} className="answers__row">
            <dt>{label}</dt>
            <dd className="answers__value">
              {row.value.length === 0 ? (
                <span className="answers__empty">{t('answers.notAnswered')}</span>
              ) : row.value.length === 1 ? (
                text(row.value[0]!)
              ) : (
                <ul>
                  {row.value.map((v, i) => (
                    <li key={i}>{text(v)}</li>
                  ))}
                </ul>
              )}
            </dd>
            {change(label)}
          </div>
        );
      })}
    </dl>
  );
}

function Earlier({ earlier }: { earlier: EarlierList[] }) {
  const { t } = useTranslation();
  if (!earlier.length) return null;
  return (
    <section className="review-section" aria-labelledby="review-earlier">
      <h2 id="review-earlier">{t('versions.heading')}</h2>
      <p>{t('versions.intro')}</p>
      {earlier.map((list, i) => (
        // The same version may appear twice (set aside on two occasions), so the index is part of the key.
        <div key={`${list.contentVersion}:${i}`}>
          <h3>{t('versions.given', { version: list.contentVersion })}</h3>
          <Rows rows={list.rows} stepId="" onChange={() => undefined} actions={false} />
        </div>
      ))}
    </section>
  );
}

export function ReviewScreen({ sections, earlier, complete, onChange, onComplete, onReopen, onBack, pdf }: Props) {
  const { t } = useTranslation();
  const text = useAnswerText();
  const heading = useRef<HTMLHeadingElement>(null);
  // Focus the heading when the page opens and when it turns into the completion page.
  // oxlint-disable-next-line react/exhaustive-effect-dependencies
  useEffect(() => heading.current?.focus(), [complete]);
  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        {complete ? t('review.completeHeading') : t('review.heading')}
      </h1>
      <p className="lead">{complete ? t('review.completeIntro') : t('review.intro')}</p>
      <div className="actions">{pdf}</div>
      {sections.map((section) => (
        <section key={section.stepId} className="review-section" aria-labelledby={`review-${section.stepId}`}>
          <h2 id={`review-${section.stepId}`}>{text(section.title)}</h2>
          <Rows rows={section.rows} stepId={section.stepId} onChange={onChange} actions />
        </section>
      ))}
      <Earlier earlier={earlier} />
      <div className="actions">
        {complete ? (
          <button type="button" className="button--secondary" onClick={onReopen}>
            {t('review.reopen')}
          </button>
        ) : (
          <>
            <button type="button" className="button--primary" onClick={onComplete}>
              {t('review.complete')}
            </button>
            <button type="button" className="button--secondary" onClick={onBack}>
              {t('wizard.back')}
            </button>
          </>
        )}
      </div>
    </>
  );
}
