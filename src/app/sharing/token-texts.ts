/**
 * The words of the token form (src/ui/register/token-form.tsx) where a
 * shared assessment asks for a key: in the assessment's sharing panel and on
 * the page that opens a colleague's link.
 */
import type { TokenTexts } from '../../ui/register/token-form';
import type { Translate } from '../../ui/register/register-texts';

/** The token form's words when a shared assessment asks for a key; `submit` names what the key is for. */
export function sharingTokenTexts(t: Translate, submit: string): TokenTexts {
  return {
    heading: t('sharing.token.heading'),
    intro: t('sharing.token.intro'),
    label: t('sharing.token.label'),
    hint: t('sharing.token.hint'),
    submit,
    empty: t('sharing.token.empty'),
  };
}
