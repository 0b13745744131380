/**
 * Switches workshop mode on and off: a toggle button (`aria-pressed`), so a
 * screen reader says whether the mode is on.
 */
import { useTranslation } from 'react-i18next';

export function WorkshopToggle({ on, onChange }: { on: boolean; onChange: (on: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <button type="button" className="site-header__toggle" aria-pressed={on} onClick={() => onChange(!on)}>
      {t('workshop.toggle')}
    </button>
  );
}
