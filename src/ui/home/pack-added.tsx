/**
 * What the file field says after adding a question pack: which pack and
 * version (and the version it replaced), and which new assessments get its
 * questions: every one, or those started with the questionnaires it adds to,
 * named by their titles on the start page.
 */
import { useTranslation } from 'react-i18next';
import { isLanguage } from '../../i18n/languages';

interface Props {
  id: string;
  version: string;
  previous?: string;
  questionnaires?: readonly string[];
}

export function PackAdded({ id, version, previous, questionnaires }: Props) {
  const { t, i18n } = useTranslation();
  const lang = isLanguage(i18n.language) ? i18n.language : 'sv';
  const added = previous ? t('importFile.packReplaced', { pack: id, version, previous }) : t('importFile.packAdded', { pack: id, version });
  const quote = (title: string) => (lang === 'sv' ? `”${title}”` : `“${title}”`);
  const titles = questionnaires?.map((q) => quote(t(`content:questionnaires.${q}.title`)));
  const who = titles
    ? t('importFile.packForSome', { titles: new Intl.ListFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', { type: 'disjunction' }).format(titles) })
    : t('importFile.packForAll');
  return <output className="notice">{`${added} ${who}`}</output>;
}
