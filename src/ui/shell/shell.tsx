/**
 * The page frame every screen shares: skip link, header with the product
 * name and language switch, one `<main>`, and a footer.
 */
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../i18n/languages';
import { LanguageSwitch } from './language-switch';

interface Props {
  language: Language;
  onLanguageChange: (lang: Language) => void;
  contentVersion: string;
  /** Back to the start page; absent on the start page itself. */
  onHome?: () => void;
  children: ReactNode;
}

export function Shell({ language, onLanguageChange, contentVersion, onHome, children }: Props) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
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
          <LanguageSwitch language={language} onChange={onLanguageChange} />
        </div>
      </header>
      <main id="main" tabIndex={-1} className="container">
        {children}
      </main>
      <footer className="site-footer">
        <div className="container">
          <p>{t('footer.local')}</p>
          <p>{t('footer.version', { version: contentVersion })}</p>
        </div>
      </footer>
    </>
  );
}
