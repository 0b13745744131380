/**
 * The page frame every screen shares: skip link, header with the product
 * name, the glossary link, the workshop-mode toggle and the language
 * switch, one `<main>`, and a footer with the accessibility statement.
 *
 * The skip link moves focus itself: the app routes by the URL fragment, so
 * following `#main` would leave the current screen for the start page.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { LanguageSwitch } from './language-switch';
import { WorkshopToggle } from './workshop-toggle';

interface Props {
  /** The accessibility statement's address. */
  statementHref: string;
  language: Language;
  onLanguageChange: (lang: Language) => void;
  contentVersion: string;
  /** Back to the start page; absent on the start page itself. */
  onHome?: () => void;
  /** A warning every screen shows at the top (storage trouble). */
  notice?: ReactNode;
  workshop: boolean;
  onWorkshopChange: (on: boolean) => void;
  children: ReactNode;
}

export function Shell({ statementHref, language, onLanguageChange, contentVersion, onHome, notice, workshop, onWorkshopChange, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <a
        className="skip-link"
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          const main = document.getElementById('main');
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        {t('skipLink')}
      </a>
      <header className="site-header">
        <div className="container site-header__inner">
          {onHome ? (
            <a
              className="site-header__name"
              href="#/"
              onClick={(e) => {
                e.preventDefault();
                onHome();
              }}
            >
              {t('app.name')}
            </a>
          ) : (
            <p className="site-header__name">{t('app.name')}</p>
          )}
          <div className="site-header__tools">
            <a className="site-header__link" href="#/glossary">
              {t('glossary.link')}
            </a>
            <WorkshopToggle on={workshop} onChange={onWorkshopChange} />
            <LanguageSwitch language={language} onChange={onLanguageChange} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        {notice}
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.local')}</p>
          <p>{t('footer.version', { version: contentVersion })}</p>
          <p>
            <a href={statementHref}>{t('a11y.footerLink')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
