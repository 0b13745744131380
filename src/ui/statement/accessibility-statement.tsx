/**
 * The accessibility statement (tillgänglighetsredogörelse), in the order of
 * DIGG's model for Swedish public bodies: how accessible the service is,
 * what to do if part of it does not work for you, how to report problems,
 * enforcement, and the technical details (the known gaps, stated plainly,
 * and how it was tested). Loaded with React.lazy: few visitors open it.
 */
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/** When the statement was last reviewed against the tool (update with the text). */
const UPDATED = new Date(Date.UTC(2026, 10, 23));
/** DIGG's form for reporting a public body's website that is not accessible. */
const DIGG_REPORT_URL = 'https://www.digg.se/tdosanmalan';

export function AccessibilityStatement() {
  const { t, i18n } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  // Like every screen that replaces another: focus its heading so reading starts at the top.
  useEffect(() => heading.current?.focus(), []);
  useEffect(() => {
    document.title = `${t('a11y.statement.title')} – ${t('app.name')}`;
  }, [t]);
  const updated = new Intl.DateTimeFormat(i18n.language === 'en' ? 'en-GB' : 'sv-SE', { dateStyle: 'long', timeZone: 'UTC' }).format(UPDATED);
  return (
    <article className="statement">
      <h1 ref={heading} tabIndex={-1}>
        {t('a11y.statement.title')}
      </h1>
      <p className="lead">{t('a11y.statement.intro')}</p>

      <h2>{t('a11y.statement.howHeading')}</h2>
      <p>{t('a11y.statement.how')}</p>
      <p>{t('a11y.statement.works')}</p>
      <ul>
        <li>{t('a11y.statement.worksKeyboard')}</li>
        <li>{t('a11y.statement.worksZoom')}</li>
        <li>{t('a11y.statement.worksScreenReader')}</li>
        <li>{t('a11y.statement.worksMotion')}</li>
        <li>{t('a11y.statement.worksReport')}</li>
      </ul>

      <h2>{t('a11y.statement.alternativesHeading')}</h2>
      <p>{t('a11y.statement.alternatives')}</p>

      <h2>{t('a11y.statement.reportHeading')}</h2>
      <p>{t('a11y.statement.report')}</p>

      <h2>{t('a11y.statement.enforcementHeading')}</h2>
      <p>{t('a11y.statement.enforcement')}</p>
      <p>
        <a href={DIGG_REPORT_URL} hrefLang="sv" rel="noreferrer">
          {t('a11y.statement.enforcementLink')}
        </a>
      </p>

      <h2>{t('a11y.statement.technicalHeading')}</h2>
      <p>{t('a11y.statement.technical')}</p>
      <h3>{t('a11y.statement.gapsHeading')}</h3>
      <ul>
        <li>{t('a11y.statement.gapPdf')}</li>
        <li>{t('a11y.statement.gapLanguage')}</li>
        <li>{t('a11y.statement.gapTables')}</li>
      </ul>

      <h2>{t('a11y.statement.testingHeading')}</h2>
      <p>{t('a11y.statement.testing')}</p>
      <p>{t('a11y.statement.updated', { date: updated })}</p>
    </article>
  );
}
