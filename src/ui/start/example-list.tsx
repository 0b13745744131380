/**
 * "Start from an example" on the start page: the worked examples (impact
 * assessments of proposals and a self-audit of a service), one compact row
 * each, offered whole (to see what a finished assessment looks like) or as
 * the case only (the proposal or the service without analysis, for a group
 * to work on). Its layout is in ./start.css, with the rest of the page.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExampleId } from '../../assessment/examples';

// Written out (not computed from the id) so the locale test can see every key in use.
const TEXTS: Record<ExampleId, { title: string; summary: string }> = {
  library: { title: 'examples.library.title', summary: 'examples.library.summary' },
  'primary-care': { title: 'examples.primary-care.title', summary: 'examples.primary-care.summary' },
  'digital-first': { title: 'examples.digital-first.title', summary: 'examples.digital-first.summary' },
  'home-care': { title: 'examples.home-care.title', summary: 'examples.home-care.summary' },
};

interface Props {
  ids: readonly ExampleId[];
  busy: boolean;
  /** Messages when an example could not be read. */
  failed: string[] | undefined;
  onStart: (id: ExampleId, variant: 'whole' | 'case') => void;
}

export function ExampleList({ ids, busy, failed, onStart }: Props) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <section className="examples" aria-labelledby="examples-heading">
      <h2 id="examples-heading">{t('examples.heading')}</h2>
      <p className="examples__intro">{t('examples.intro')}</p>
      {/* One row per example: what it is on the left, its two ways in on the right (below it on a narrow screen). */}
      <ul className="examples__list">
        {ids.map((id) => {
          const title = t(TEXTS[id].title);
          return (
            <li key={id} className="example" data-example={id}>
              <div className="example__text">
                <h3>{title}</h3>
                <p>{t(TEXTS[id].summary)}</p>
              </div>
              <div className="example__actions">
                <button type="button" className="button--secondary" disabled={busy} onClick={() => onStart(id, 'whole')}>
                  {t('examples.whole')}
                  <span className="visually-hidden">: {title}</span>
                </button>
                {/* What "case only" gives is said once below the list, and read out with each of these buttons. */}
                <button type="button" className="button--secondary" disabled={busy} aria-describedby={hintId} onClick={() => onStart(id, 'case')}>
                  {t('examples.caseOnly')}
                  <span className="visually-hidden">: {title}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ul>
      <p className="hint" id={hintId}>
        {t('examples.caseOnlyHint')}
      </p>
      <output className="examples__status">{busy ? t('examples.loading') : ''}</output>
      {failed && (
        <div role="alert" className="notice notice--warning">
          <p>{t('examples.failed')}</p>
          {failed.length > 0 && (
            <ul>
              {failed.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
