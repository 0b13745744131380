/**
 * The trainer's window: the notes and agenda that follow the projected
 * view. Loaded with React.lazy when `#/workshop/trainer` is opened.
 */
import { useTranslation } from 'react-i18next';

export default function TrainerPage() {
  const { t } = useTranslation();
  return <h1>{t('workshop.notesHeading')}</h1>;
}
