/**
 * The current part's timer, large: minutes and seconds left, or how far the
 * part has run over ("+2:10 over"). The clock itself is not a live region
 * (a screen reader would read it every second); a separate polite region
 * says once that the time is up, when the part reaches its end.
 */
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  /** Milliseconds left of the part; negative once it runs over. */
  left: number;
  /** The clock's text ("12:05", or "+2:10" once over) and whether the part has run over. */
  time: { text: string; over: boolean };
  running: boolean;
  /** The part's name, for the announcement at its end. */
  partTitle: string;
  /** Which part (its index): a new part starts its own countdown, announced afresh. */
  partKey: number;
  onToggle: () => void;
}

export function WorkshopClock({ left, time, running, partTitle, partKey, onToggle }: Props) {
  const { t } = useTranslation();
  const [announcement, setAnnouncement] = useState('');
  const before = useRef<{ key: number; left: number }>({ key: partKey, left });
  useEffect(() => {
    const prev = before.current;
    before.current = { key: partKey, left };
    if (prev.key !== partKey) setAnnouncement('');
    else if (prev.left > 0 && left <= 0) setAnnouncement(t('workshop.timeUp', { part: partTitle }));
  }, [left, partKey, partTitle, t]);
  const { text, over } = time;
  return (
    <div className={over ? 'clock clock--over' : 'clock'}>
      <p className="clock__label">{running ? t('workshop.timeLeft') : `${t('workshop.timeLeft')} · ${t('workshop.paused')}`}</p>
      <p className="clock__time" translate="no">
        {over ? t('workshop.over', { time: text }) : text}
      </p>
      <button type="button" className="button--secondary clock__toggle" onClick={onToggle}>
        {running ? t('workshop.pause') : t('workshop.resume')}
      </button>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
    </div>
  );
}
