/**
 * Previous and next part of a running workshop: the same two buttons in the
 * projected view and the trainer's window, so either one moves both.
 */
import { useTranslation } from 'react-i18next';

interface Props {
  part: number;
  parts: number;
  onPrevious: () => void;
  onNext: () => void;
}

export function PartButtons({ part, parts, onPrevious, onNext }: Props) {
  const { t } = useTranslation();
  return (
    <div className="projected__nav">
      <button type="button" className="button--secondary" onClick={onPrevious} disabled={part === 0}>
        {t('workshop.previous')}
      </button>
      <button type="button" className="button--primary" onClick={onNext} disabled={part === parts - 1}>
        {t('workshop.next')}
      </button>
    </div>
  );
}
