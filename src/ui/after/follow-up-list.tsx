/**
 * The follow-ups of an assessment in date order, each with how many findings
 * it has, and "Ny uppföljning". Before the follow-up date the assessment set,
 * that date is named, so starting one early is a choice made knowingly.
 */
import { useTranslation } from 'react-i18next';
import type { FollowUp } from '../../assessment/after/follow-up';
import { longDate } from '../../i18n/dates';
import { languageOf } from './follow-up-texts';
import './follow-up-form.css';

interface Props {
  followUps: FollowUp[];
  /** The number of findings of each follow-up, by id. */
  findings: Record<string, number>;
  /** The follow-up date the assessment set, if any. */
  plannedDate: string | undefined;
  today: string;
  onOpen: (id: string) => void;
  onNew: () => void;
}

export function FollowUpList({ followUps, findings, plannedDate, today, onOpen, onNew }: Props) {
  const { t, i18n } = useTranslation();
  const lang = languageOf(i18n.language);
  return (
    <section className="follow-up-list" aria-labelledby="follow-up-list-title">
      <h2 id="follow-up-list-title">{t('followUp.list.heading')}</h2>
      {plannedDate && (
        <p>{plannedDate > today ? t('followUp.list.plannedLater', { date: longDate(plannedDate, lang) }) : t('followUp.list.planned', { date: longDate(plannedDate, lang) })}</p>
      )}
      {followUps.length === 0 ? (
        <p>{t('followUp.list.none')}</p>
      ) : (
        <ol>
          {followUps.map((f) => (
            <li key={f.id}>
              <button type="button" className="link-button" onClick={() => onOpen(f.id)}>
                {t('followUp.list.item', { date: longDate(f.date, lang) })}
              </button>{' '}
              <span>{t('followUp.list.findings', { count: findings[f.id] ?? 0 })}</span>
            </li>
          ))}
        </ol>
      )}
      <button type="button" className="button--primary" onClick={onNew}>
        {t('followUp.list.new')}
      </button>
    </section>
  );
}
