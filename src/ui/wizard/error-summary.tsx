/**
 * The error summary shown above a step's form after a failed submit: it
 * takes focus, says how many problems there are, and links each to its
 * field (GOV.UK pattern). Uses role="alert" only via focus, to avoid a
 * double announcement.
 */
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';

export interface SummaryError {
  href: string;
  text: string;
}

export const ErrorSummary = forwardRef<HTMLDivElement, { errors: SummaryError[] }>(function ErrorSummary({ errors }, ref) {
  const { t } = useTranslation();
  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{t('errors.summaryTitle', { count: errors.length })}</h2>
      <ul>
        {errors.map((e) => (
          <li key={e.href}>
            <a
              href={e.href}
              onClick={(event) => {
                event.preventDefault();
                const target = document.getElementById(e.href.slice(1));
                target?.focus();
                target?.scrollIntoView({ block: 'center' });
              }}
            >
              {e.text}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
});
