/** The start page's way to the register, shown only where the deployment names a sync server. */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export function RegisterLink({ href }: { href: string }) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <section className="register-link" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('register.heading')}</h2>
      <p>{t('register.linkHint')}</p>
      <p>
        <a href={href}>{t('register.link')}</a>
      </p>
    </section>
  );
}
