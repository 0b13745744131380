/**
 * The workshop's projected view (its set-up before it starts). Loaded with
 * React.lazy when `#/workshop` is opened.
 */
import { useTranslation } from 'react-i18next';

export default function WorkshopPage() {
  const { t } = useTranslation();
  return <h1>{t('workshop.toggle')}</h1>;
}
