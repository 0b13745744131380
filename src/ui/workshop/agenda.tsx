/**
 * The plan as an agenda: each part with its length, the current one marked
 * in text (`aria-current` and a bold "now"), not by colour alone. The
 * trainer's version is a table that also gives each part's start time.
 */
import { useTranslation } from 'react-i18next';
import { partStarts, type Plan } from '../../questionnaire/workshop';
import { usePartTitle } from './part-text';

/** "0:35": minutes from the start of the workshop, as on a clock. */
const at = (minutes: number) => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

export function Agenda({ plan, current, headingId }: { plan: Plan; current: number | undefined; headingId?: string }) {
  const { t } = useTranslation();
  const title = usePartTitle();
  return (
    <ol className="agenda" {...(headingId ? { 'aria-labelledby': headingId } : {})}>
      {plan.parts.map((part, i) => (
        // oxlint-disable-next-line react/no-array-index-key -- a plan's parts never move; a step can appear in two slots
        <li key={i} className={i === current ? 'agenda__item agenda__item--now' : 'agenda__item'} aria-current={i === current ? 'step' : undefined}>
          <span className="agenda__title">{title(part)}</span> <span className="agenda__minutes">{t('workshop.partMinutes', { count: part.minutes })}</span>
        </li>
      ))}
    </ol>
  );
}

export function AgendaTable({ plan, current }: { plan: Plan; current: number | undefined }) {
  const { t } = useTranslation();
  const title = usePartTitle();
  const starts = partStarts(plan);
  return (
    <table className="agenda-table">
      <caption>{t('workshop.agenda')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('workshop.starts')}</th>
          <th scope="col">{t('workshop.part')}</th>
          <th scope="col">{t('workshop.minutes')}</th>
        </tr>
      </thead>
      <tbody>
        {plan.parts.map((part, i) => (
          // oxlint-disable-next-line react/no-array-index-key -- a plan's parts never move
          <tr key={i} className={i === current ? 'agenda-table__now' : undefined} aria-current={i === current ? 'step' : undefined}>
            <td>{at(starts[i]!)}</td>
            <th scope="row">{title(part)}</th>
            <td>{part.minutes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
